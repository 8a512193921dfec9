#!/usr/bin/env python3
"""Converts the shared BarCamp/conference data sets to the solver's request format.

Usage: convert.py SOURCE_DIR OUT_DIR

* Timefold conference-scheduling instances (Apache-2.0, TimefoldAI/timefold-solver-benchmarks,
  data/conferencescheduling/unsolved): talks -> sessions (speakers -> hosts, roomRange ->
  allowedRooms, timeslotRange -> allowedSlots, pinnedByUser with room+timeslot -> pinned),
  speakers -> participants with their unavailableTimeslotSet, rooms with capacity, timeslots.
  Participants' interests are derived from favoriteCount: a pool of N attendees with
  N = max(max count, total count / 6) (about six favourites per person); every talk is marked
  by exactly favoriteCount attendees drawn with random.Random(seed=1) weighted towards
  attendees who have few favourites yet. Known simplification: overlapping timeslots (labs vs.
  breakouts) are treated as independent slots.
* BarCamp Nashville 2013 (MIT, barcampnashville/voteStream): 35 sessions with sign-up counts and
  morning/afternoon availability. Grid: 4 rooms (capacities 60, 40, 30, 25) x 10 slots
  (5 morning, 5 afternoon, 2013-10-12 in Nashville, -05:00). Host = the proposer (Username);
  a proposer available only mornings is unavailable in the afternoon slots and vice versa.
  Interests: N = 250 attendees; every session is marked by exactly its "Signup Counts" attendees
  drawn with random.Random(seed=1).
* GECCO 2019 (MIT, CoSPLib by Ahmed Kheiri, Peter Jacko, Yaroslav Pylyavskyy, ahmedkheiri/CoSPLib;
  LICENSE-CoSPLib.txt): 202 submissions in 29 tracks, 13 sessions (time blocks) with a maximum
  number of timeslots each, 10 rooms. The data set has NO attendees, no interests, no room
  capacities and no personal availability, so this conversion derives them (seeded, documented):
  - slots: every session block is split into its "Max Number of Timeslots" equal sub-slots
    (e.g. Mon2 10:45-11:45 with 4 -> Mon2-1 ... Mon2-4 of 15 min), 45 slots in all; times as given
    (dates 2021-07-28..30, "GMT+0" in the file -> UTC).
  - rooms: the 10 rooms of GECCO19_rooms.csv; capacities ASSUMED (not in the data): Forum Hall 400,
    Panorama Hall 250, South Hall 1A/1B 150, Club A-H 60.
  - sessions: one per submission (id = Reference, title = "Track Reference", hosts = Presenters).
    A "1" in a session-block column of a submission forbids that block, so allowedSlots = the
    sub-slots of the other blocks (only the three keynotes have such marks); room columns are all
    empty. Simplification: the 6 submissions that need 2-4 timeslots (keynotes, Job Market,
    Poster Session, HUMIES) take one slot like every other session.
  - participants: the 203 presenters (hosts), each also interested in every other submission of
    their own track(s) with probability 0.3; plus 400 synthetic attendees. Each attendee draws a
    primary and a secondary track (weighted by the number of submissions; "Best Papers", keynote
    and other single-event tracks are not drawn) and is interested in each submission of the
    primary track with p = 0.6, of the secondary track with p = 0.3, of a "... Best Papers"
    track naming either of them with p = 0.6, of the keynotes with p = 0.8 and of Job Market /
    Poster Session / HUMIES with p = 0.3 (about 21 interests per attendee for 45 slots); random.Random(seed=1). Nobody has unavailable slots.
"""
import json
import os
import random
import sys
from datetime import datetime, timedelta, timezone


def pick(rnd, pool_load, count):
    """count distinct attendees, preferring those with few interests so far."""
    n = len(pool_load)
    chosen = set()
    while len(chosen) < min(count, n):
        cands = [rnd.randrange(n) for _ in range(3)]
        chosen.add(min(cands, key=lambda i: pool_load[i]))
    for i in chosen:
        pool_load[i] += 1
    return chosen


def iso(a):
    y, mo, d, h, mi = a[:5]
    return datetime(y, mo, d, h, mi, tzinfo=timezone.utc).isoformat()


def conference(path):
    d = json.load(open(path))
    rnd = random.Random(1)
    slots_by_ref, rooms_by_ref = {}, {}
    for tt in d["talkTypeList"]:
        for ts in tt["compatibleTimeslotSet"]:
            slots_by_ref[ts["@id"]] = ts
        for r in tt["compatibleRoomSet"]:
            rooms_by_ref[r["@id"]] = r
    for ts in d["timeslotList"]:
        if isinstance(ts, dict):
            slots_by_ref[ts["@id"]] = ts
    for r in d["roomList"]:
        if isinstance(r, dict):
            rooms_by_ref[r["@id"]] = r
    sid = lambda ref: "t" + ref.split("#")[1]
    rid = lambda ref: "r" + ref.split("#")[1]
    slots = [{"id": sid(ref), "start": iso(ts["startDateTime"]), "end": iso(ts["endDateTime"])}
             for ref, ts in sorted(slots_by_ref.items(), key=lambda kv: kv[1]["id"])]
    rooms = [{"id": rid(ref), "name": r["name"], "capacity": r["capacity"]}
             for ref, r in sorted(rooms_by_ref.items(), key=lambda kv: kv[1]["id"])]
    speakers = {}
    for sp in d["speakerList"]:
        speakers[sp["@id"]] = {"id": "sp" + str(sp["id"]), "interests": [],
                               "unavailableSlots": [sid(x if isinstance(x, str) else x["@id"]) for x in sp["unavailableTimeslotSet"]]}
    talks = d["talkList"]
    total = sum(t["favoriteCount"] for t in talks)
    n = max(max(t["favoriteCount"] for t in talks), total // 6)
    attendees = [{"id": f"a{i + 1}", "interests": [], "unavailableSlots": []} for i in range(n)]
    load = [0] * n
    sessions = []
    for t in talks:
        s = {"id": "s" + str(t["id"]), "title": t["title"],
             "hosts": [speakers[x]["id"] for x in t["speakerList"]],
             "allowedRooms": [rid(x) for x in t["roomRange"]],
             "allowedSlots": [sid(x) for x in t["timeslotRange"]]}
        if t.get("pinnedByUser") and t.get("room") and t.get("timeslot"):
            s["pinned"] = {"room": rid(t["room"]), "slot": sid(t["timeslot"])}
        sessions.append(s)
        for i in pick(rnd, load, t["favoriteCount"]):
            attendees[i]["interests"].append(s["id"])
    participants = list(speakers.values()) + [a for a in attendees if a["interests"]]
    return {"rooms": rooms, "slots": slots, "sessions": sessions, "participants": participants, "moveCost": 5}


def nashville(path):
    d = json.load(open(path))
    rnd = random.Random(1)
    tz = timezone(timedelta(hours=-5))
    slots = []
    for t in range(10):
        h = 9 + t if t < 5 else 10 + t
        s = datetime(2013, 10, 12, h, 0, tzinfo=tz)
        slots.append({"id": f"t{t + 1}", "start": s.isoformat(), "end": (s + timedelta(minutes=50)).isoformat()})
    morning = [s["id"] for s in slots[:5]]
    afternoon = [s["id"] for s in slots[5:]]
    rooms = [{"id": f"r{i + 1}", "name": f"Raum {i + 1}", "capacity": c} for i, c in enumerate([60, 40, 30, 25])]
    hosts = {}
    sessions = []
    n = 250
    attendees = [{"id": f"a{i + 1}", "interests": [], "unavailableSlots": []} for i in range(n)]
    load = [0] * n
    for x in d["Sessions"]:
        user = "u-" + x["Username"]
        h = hosts.setdefault(user, {"id": user, "interests": [], "unavailableSlots": []})
        avail = x["Availability"]
        if "Morning" not in avail:
            h["unavailableSlots"] = sorted(set(h["unavailableSlots"]) | set(morning))
        if "Afternoon" not in avail:
            h["unavailableSlots"] = sorted(set(h["unavailableSlots"]) | set(afternoon))
        s = {"id": "s" + str(x["id"]), "title": x["Title"], "hosts": [user]}
        sessions.append(s)
        for i in pick(rnd, load, int(x["Signup Counts"])):
            attendees[i]["interests"].append(s["id"])
    participants = list(hosts.values()) + [a for a in attendees if a["interests"]]
    return {"rooms": rooms, "slots": slots, "sessions": sessions, "participants": participants, "moveCost": 5}


GECCO_CAPACITY = {"Forum Hall": 400, "Panorama Hall": 250, "South Hall 1A": 150, "South Hall 1B": 150}
GECCO_SPECIAL = {"Invited Keynote": 0.8, "SIGEVO Keynote": 0.8, "Job Market": 0.3,
                 "Poster Session and Reception": 0.3, "HUMIES": 0.3}


def gecco(src):
    import csv
    rnd = random.Random(1)
    room_names = [r["Rooms"] for r in csv.DictReader(open(os.path.join(src, "GECCO19_rooms.csv"), newline=""))]
    rooms = [{"id": f"r{i + 1}", "name": n, "capacity": GECCO_CAPACITY.get(n, 60)} for i, n in enumerate(room_names)]
    slots, block_slots = [], {}
    for b in csv.DictReader(open(os.path.join(src, "GECCO19_sessions.csv"), newline="")):
        k = int(b["Max Number of Timeslots"])
        day = b["Date"][:10]
        start = datetime.fromisoformat(f"{day}T{b['Start Time']}+00:00")
        end = datetime.fromisoformat(f"{day}T{b['End Time']}+00:00")
        step = (end - start) / k
        ids = []
        for j in range(k):
            sid = f"{b['Sessions']}-{j + 1}"
            slots.append({"id": sid, "start": (start + j * step).isoformat(), "end": (start + (j + 1) * step).isoformat()})
            ids.append(sid)
        block_slots[b["Sessions"]] = ids
    subs = list(csv.DictReader(open(os.path.join(src, "GECCO19_submissions.csv"), newline="")))
    people = {}
    sessions = []
    by_track = {}
    for x in subs:
        hosts = [h.strip() for h in x["Presenters"].split(",") if h.strip()]
        s = {"id": x["Reference"], "title": f"{x['Track']} {x['Reference']}", "hosts": hosts}
        forbidden = [blk for blk in block_slots if x.get(blk, "").strip() == "1"]
        if forbidden:
            s["allowedSlots"] = [t for blk, ids in block_slots.items() if blk not in forbidden for t in ids]
        sessions.append(s)
        by_track.setdefault(x["Track"], []).append(s["id"])
        for h in hosts:
            people.setdefault(h, {"id": h, "interests": [], "unavailableSlots": [], "tracks": set()})["tracks"].add(x["Track"])
    for h in people.values():
        for tr in sorted(h.pop("tracks")):
            for sid in by_track[tr]:
                if rnd.random() < 0.3 and sid not in h["interests"]:
                    h["interests"].append(sid)
    drawable = [t for t in by_track if "Best Papers" not in t and t not in GECCO_SPECIAL]
    weights = [len(by_track[t]) for t in drawable]
    attendees = []
    for i in range(400):
        primary = rnd.choices(drawable, weights)[0]
        secondary = rnd.choices(drawable, weights)[0]
        interests = []
        for tr, ids in by_track.items():
            if tr == primary:
                p = 0.6
            elif tr == secondary:
                p = 0.3
            elif "Best Papers" in tr and (primary in tr.split() or secondary in tr.split()):
                p = 0.6
            else:
                p = GECCO_SPECIAL.get(tr, 0)
            interests += [sid for sid in ids if rnd.random() < p]
        if interests:
            attendees.append({"id": f"a{i + 1}", "interests": interests, "unavailableSlots": []})
    participants = list(people.values()) + attendees
    return {"rooms": rooms, "slots": slots, "sessions": sessions, "participants": participants, "moveCost": 5}


if __name__ == "__main__":
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for name in ["18talks-6timeslots-5rooms", "36talks-12timeslots-5rooms", "72talks-12timeslots-10rooms"]:
        json.dump(conference(os.path.join(src, name + ".json")), open(os.path.join(out, "conf-" + name + ".json"), "w"), indent=1)
    json.dump(nashville(os.path.join(src, "barcamp_nashville_2013_sessions.json")),
              open(os.path.join(out, "nashville-2013.json"), "w"), indent=1)
    if os.path.exists(os.path.join(src, "GECCO19_submissions.csv")):
        json.dump(gecco(src), open(os.path.join(out, "gecco-2019.json"), "w"), indent=1)
