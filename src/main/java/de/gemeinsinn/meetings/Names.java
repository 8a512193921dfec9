package de.gemeinsinn.meetings;

import de.gemeinsinn.accounts.PersonErased;
import de.gemeinsinn.groups.GroupMemberRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Names of a group's members as the viewer may see them: all names for those who see the
 * group's internals, otherwise only the names members allow to be public.
 */
record Names(Map<UUID, String> byId, List<GroupMemberRef> members) {

    static Names of(List<GroupMemberRef> members, boolean internals) {
        Map<UUID, String> names = new HashMap<>();
        for (GroupMemberRef m : members) {
            if (internals || m.namePublic()) {
                names.put(m.personId(), m.displayName());
            }
        }
        return new Names(names, members);
    }

    /** The name, "ein Mitglied" when hidden or no longer a member, "niemand" for null. */
    public String name(UUID personId) {
        if (personId == null) {
            return "niemand";
        }
        return byId.getOrDefault(personId, "ein Mitglied");
    }

    /** For authors: null means the account was erased. */
    public String author(UUID personId) {
        return personId == null ? PersonErased.FORMER_MEMBER : name(personId);
    }

    public boolean has(UUID personId) {
        return personId != null && byId.containsKey(personId);
    }
}
