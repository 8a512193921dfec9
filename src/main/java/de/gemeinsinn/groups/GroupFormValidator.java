package de.gemeinsinn.groups;

import de.gemeinsinn.network.CityDirectory;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** Checks a submitted group form. Messages are keys in {@code i18n/groups*.properties}. */
@Component
class GroupFormValidator {

    static final int NAME_MAX = 120;
    static final int PURPOSE_MAX = 2000;
    static final int GOALS_MAX = 4000;
    static final int TOPICS_MAX = 10;
    static final int TOPIC_LENGTH_MAX = 40;

    private final CityDirectory cities;

    GroupFormValidator(CityDirectory cities) {
        this.cities = cities;
    }

    void validate(GroupForm form, String citySlug, Errors errors) {
        if (citySlug != null && cities.find(citySlug).isEmpty()) {
            errors.rejectValue("city", "groups.form.city.unknown");
        }
        String name = GroupForm.trimmed(form.name());
        if (name.isEmpty()) {
            errors.rejectValue("name", "groups.form.name.required");
        } else if (name.length() > NAME_MAX) {
            errors.rejectValue("name", "groups.form.tooLong", new Object[] {NAME_MAX}, null);
        }
        String purpose = GroupForm.trimmed(form.purpose());
        if (purpose.isEmpty()) {
            errors.rejectValue("purpose", "groups.form.purpose.required");
        } else if (purpose.length() > PURPOSE_MAX) {
            errors.rejectValue("purpose", "groups.form.tooLong", new Object[] {PURPOSE_MAX}, null);
        }
        if (GroupForm.trimmed(form.goals()).length() > GOALS_MAX) {
            errors.rejectValue("goals", "groups.form.tooLong", new Object[] {GOALS_MAX}, null);
        }
        List<String> topics = form.topicList();
        if (topics.size() > TOPICS_MAX) {
            errors.rejectValue("topics", "groups.form.topics.tooMany", new Object[] {TOPICS_MAX}, null);
        } else if (topics.stream().anyMatch(t -> t.length() > TOPIC_LENGTH_MAX)) {
            errors.rejectValue("topics", "groups.form.topics.tooLong", new Object[] {TOPIC_LENGTH_MAX}, null);
        }
        List<String> known = citySlug == null ? List.of() : cities.quartiere(citySlug);
        if (!known.containsAll(form.quartierList())) {
            errors.rejectValue("quartiere", "groups.form.quartiere.unknown");
        }
        if (form.visibilityOrNull() == null) {
            errors.rejectValue("visibility", "groups.form.visibility.required");
        }
        if (form.joinPolicyOrNull() == null) {
            errors.rejectValue("joinPolicy", "groups.form.joinPolicy.required");
        }
    }
}
