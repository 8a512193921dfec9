#!/usr/bin/env python3
"""Seeded generator of BarCamp timetable instances in the POST /api/v1/barcamp/schedule format.

Usage: generate.py SESSIONS ROOMS SLOTS PARTICIPANTS SEED > instance.json

Votes are skewed like at real BarCamps: session popularity follows a Zipf law (weight 1/rank),
so a few sessions collect many votes and most get few. Each participant marks 1-12 sessions
(geometric, mean about 4). About 12 % of participants (hosts included) miss 1-3 consecutive
slots (arrive late / leave early), 15 % of sessions have two hosts, 10 % need one of the
rooms with a projector (allowedRooms). Room capacities add up to about 90 % of the participants.
"""
import json
import random
import sys
from datetime import datetime, timedelta, timezone


def generate(n_sessions, n_rooms, n_slots, n_participants, seed):
    rnd = random.Random(seed)
    tz = timezone(timedelta(hours=2))
    start = datetime(2026, 5, 20, 10, 0, tzinfo=tz)
    slots = []
    for t in range(n_slots):
        s = start + timedelta(hours=t)
        slots.append({"id": f"t{t + 1}", "start": s.isoformat(), "end": (s + timedelta(minutes=45)).isoformat()})
    raw = [rnd.uniform(0.5, 2.5) for _ in range(n_rooms)]
    total = 0.9 * n_participants
    rooms = []
    for r, x in enumerate(raw):
        rooms.append({"id": f"r{r + 1}", "name": f"Raum {r + 1}", "capacity": max(5, round(total * x / sum(raw)))})
    projector = [room["id"] for room in rooms[: max(1, n_rooms // 2)]]
    participants = [{"id": f"p{i + 1}", "interests": [], "unavailableSlots": []} for i in range(n_participants)]
    for p in participants:
        if rnd.random() < 0.12:
            k = rnd.randint(1, min(3, n_slots - 1))
            first = rnd.choice([0, n_slots - k]) if rnd.random() < 0.8 else rnd.randint(0, n_slots - k)
            p["unavailableSlots"] = [slots[t]["id"] for t in range(first, first + k)]
    sessions = []
    for s in range(n_sessions):
        hosts = rnd.sample(range(n_participants), 2 if rnd.random() < 0.15 else 1)
        session = {"id": f"s{s + 1}", "title": f"Session {s + 1}", "hosts": [participants[h]["id"] for h in hosts]}
        if rnd.random() < 0.10:
            session["allowedRooms"] = projector
        sessions.append(session)
    order = list(range(n_sessions))
    rnd.shuffle(order)
    weight = [0.0] * n_sessions
    for rank, s in enumerate(order):
        weight[s] = 1.0 / (rank + 1)
    for p in participants:
        k = 1
        while k < 12 and rnd.random() < 0.75:
            k += 1
        k = min(k, n_sessions)
        chosen = set()
        while len(chosen) < k:
            chosen.add(rnd.choices(range(n_sessions), weights=weight)[0])
        p["interests"] = [sessions[s]["id"] for s in sorted(chosen)]
    return {"rooms": rooms, "slots": slots, "sessions": sessions, "participants": participants, "moveCost": 5}


if __name__ == "__main__":
    a = [int(x) for x in sys.argv[1:6]]
    json.dump(generate(*a), sys.stdout, indent=1)
