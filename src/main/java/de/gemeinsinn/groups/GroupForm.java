package de.gemeinsinn.groups;

import java.util.Arrays;
import java.util.List;

/**
 * What the create and edit forms send. Topics as one comma-separated line, Quartiere as the
 * chosen names. {@link GroupFormValidator} checks everything.
 *
 * @param city city slug, empty for a network-level group (only used when creating)
 */
record GroupForm(
        String city,
        String name,
        String purpose,
        String goals,
        String topics,
        List<String> quartiere,
        String visibility,
        String joinPolicy,
        Integer version) {

    static GroupForm empty(String city) {
        return new GroupForm(city, "", "", "", "", List.of(), "PUBLIC", "REQUEST", null);
    }

    static GroupForm of(Group g) {
        return new GroupForm(
                g.citySlug(),
                g.name(),
                g.purpose(),
                g.goals(),
                String.join(", ", g.topics()),
                g.quartiere(),
                g.visibility().name(),
                g.joinPolicy().name(),
                g.version());
    }

    static String trimmed(String s) {
        return s == null ? "" : s.strip();
    }

    String citySlug() {
        String c = trimmed(city);
        return c.isEmpty() ? null : c;
    }

    List<String> topicList() {
        return Arrays.stream(trimmed(topics).split(","))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }

    List<String> quartierList() {
        return quartiere == null
                ? List.of()
                : quartiere.stream()
                        .map(GroupForm::trimmed)
                        .filter(q -> !q.isEmpty())
                        .distinct()
                        .toList();
    }

    GroupVisibility visibilityOrNull() {
        try {
            return GroupVisibility.valueOf(trimmed(visibility));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    JoinPolicy joinPolicyOrNull() {
        try {
            return JoinPolicy.valueOf(trimmed(joinPolicy));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** For the checkboxes of the edit page. */
    public boolean hasQuartier(String q) {
        return quartiere != null && quartiere.contains(q);
    }
}
