package de.gemeinsinn.groups;

import java.util.UUID;

/** A person is no longer a member of a group (left, was removed or erased their account). */
public record MemberLeft(UUID groupId, UUID personId) {}
