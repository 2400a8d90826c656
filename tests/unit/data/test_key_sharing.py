"""The app reads check-ins and their items into dicts that share their keys (less memory
with years of entries), and nothing else about them changes."""

from __future__ import annotations

import json
import sys
from dataclasses import fields
from pathlib import Path

from kindness_tui.core.checkin import REFLECTIONS, CheckIn, Item
from kindness_tui.data.key_sharing import sharing_keys
from kindness_tui.data.store import Store
from kindness_tui.data.strict_json import dumps_strict, loads_strict

ITEM = {"text": "asked a question", "value_id": "v-1", "done": True}


def checkin(date: str, **extra: object) -> dict[str, object]:
    doc: dict[str, object] = {
        "date": date,
        "new_thing": dict(ITEM),
        "kindness": None,
        "self_kindness": "a nap",
        "mood": 6,
        "note": "a quiet day",
    }
    doc.update(extra)
    return doc


def shares_keys(doc: dict[str, object]) -> bool:
    """Whether a dict holds only its values, its keys shared with others like it."""
    return sys.getsizeof(doc) < sys.getsizeof(dict(doc))


def test_check_ins_and_items_share_their_keys_and_read_the_same() -> None:
    tables = {"checkins": {str(n): checkin(f"2026-11-{n:02d}") for n in range(1, 29)}}
    text = json.dumps(tables)
    loaded = loads_strict(text, sharing_keys)
    assert loaded == json.loads(text)
    assert dumps_strict(loaded) == dumps_strict(json.loads(text))  # same order, same file
    doc = loaded["checkins"]["5"]
    assert type(doc) is dict and type(doc["new_thing"]) is dict
    assert sys.getsizeof(doc) < sys.getsizeof(dict(doc))
    assert sys.getsizeof(doc["new_thing"]) < sys.getsizeof(dict(doc["new_thing"]))
    other = loaded["checkins"]["6"]["new_thing"]["value_id"]
    assert doc["new_thing"]["value_id"] is other  # one string per value id


def test_unknown_keys_keep_an_ordinary_dict_with_everything_in_it() -> None:
    odd = checkin("2026-11-02", __class__="x")
    odd["new_thing"] = {"text": "t", "value_id": None, "done": False, "extra": 1}
    loaded = loads_strict(json.dumps({"checkins": {"1": odd}}), sharing_keys)
    assert loaded["checkins"]["1"] == odd
    assert list(loaded["checkins"]["1"]) == list(odd)
    assert list(loaded["checkins"]["1"]["new_thing"]) == list(odd["new_thing"])


def test_a_day_read_this_way_is_changed_and_saved_like_any_other(tmp_path: Path) -> None:
    path = tmp_path / "kindness.json"
    store = Store(path)
    store.update_checkin("2026-11-20", {"new_thing.text": "first", "note": "n"})
    store.update_checkin("2026-11-21", {"kindness.text": "second"})
    again = Store(path, share_keys=True)  # read from the file into shared-key dicts
    base = again.checkin("2026-11-20")
    Store(path).update_checkin("2026-11-20", {"new_thing.text": "from elsewhere"})
    again.refresh()
    assert sys.getsizeof(again.storage.read()["checkins"]["2"]) < 200  # type: ignore[index]
    again.update_checkin("2026-11-20", {"new_thing.text": "mine", "mood": 4}, base=base)
    final = Store(path).checkin("2026-11-20")
    assert final is not None and final.new_thing is not None
    assert final.new_thing.text == "mine" and final.mood == 4 and final.note == "n"
    assert [r["text"] for r in final.replaced] == ["from elsewhere"]
    assert Store(path).checkin("2026-11-21").kindness.text == "second"  # type: ignore[union-attr]


def test_every_field_the_model_stores_is_shared() -> None:
    """The sharing takes its keys from the model: a field added to a check-in or an item
    (and so to what it writes) is shared as well, never silently dropped from the sharing."""
    day = CheckIn(
        "2026-11-26",
        new_thing=Item("asked a question", "v-1", True),
        kindness=Item("left a note", None, False),
        self_kindness="a nap",
        mood=6,
        note="a quiet day",
    )
    record = day.to_dict()
    # `replaced` is the store's to add, only to a day that has texts to keep.
    assert list(record) == [f.name for f in fields(CheckIn) if f.name != "replaced"]
    # An unanswered reflection is not stored, so most items keep the three shared keys.
    stored = [f.name for f in fields(Item) if f.name not in REFLECTIONS]
    assert list(record["new_thing"]) == stored
    loaded = loads_strict(dumps_strict({"checkins": {"1": record}}), sharing_keys)
    doc = loaded["checkins"]["1"]
    assert doc == record and list(doc) == list(record)
    assert shares_keys(doc)
    assert shares_keys(doc["new_thing"]) and shares_keys(doc["kindness"])


def test_an_item_with_reflections_reads_back_whole() -> None:
    day = CheckIn("2026-11-26", new_thing=Item("walked", None, True, how="slowly", says="brave"))
    record = day.to_dict()
    loaded = loads_strict(dumps_strict({"checkins": {"1": record}}), sharing_keys)
    assert loaded["checkins"]["1"] == record
    assert CheckIn.parse(loaded["checkins"]["1"]) == day


def test_any_object_reads_as_json_reads_it() -> None:
    """Shapes near a check-in's or an item's (keys repeated, reordered, one short or one
    over, a value id that is no text) come back exactly as json gives them."""
    odd = [
        {},
        {"text": "a", "text ": "b", "done": True},
        {"value_id": "v", "text": "a", "done": False},
        {"text": "a", "value_id": 7, "done": None},
        {"text": "a", "value_id": "v"},
        {"text": "a", "value_id": "v", "done": True, "how": "slowly"},
        {"date": "2026-11-02", "new_thing": None, "kindness": None, "self_kindness": None,
         "mood": None},
        [{"text": "a", "value_id": None, "done": True}],
    ]
    text = json.dumps({"odd": odd})
    assert loads_strict(text, sharing_keys) == json.loads(text)
    repeated = '{"text": "a", "text": "b", "done": true}'
    assert loads_strict(repeated, sharing_keys) == json.loads(repeated)
    assert json.loads(repeated) == {"text": "b", "done": True}  # the last one counts
    first = loads_strict('{"text": "a", "value_id": 7, "done": true}', sharing_keys)
    assert first == {"text": "a", "value_id": 7, "done": True} and shares_keys(first)
