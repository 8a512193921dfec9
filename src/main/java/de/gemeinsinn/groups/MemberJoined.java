package de.gemeinsinn.groups;

import java.util.UUID;

/** A person became a member of a group (joined, was accepted, accepted an invitation or was added). */
public record MemberJoined(UUID groupId, UUID personId, GroupRole role) {}
