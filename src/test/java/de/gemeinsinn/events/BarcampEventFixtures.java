package de.gemeinsinn.events;

import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * For the BarCamp module's tests: fresh events and registrations through the events module's own
 * services (so that registrations are allocated exactly like real ones).
 */
public final class BarcampEventFixtures {

    private BarcampEventFixtures() {}

    /** An upcoming event with open registration and room for 500; {@code citySlug} null = network event. */
    public static EventRef event(ApplicationContext context, String title, String citySlug) {
        Event e = EventTestSupport.openEvent(context.getBean(EventService.class), title, 500, null, citySlug);
        return e.ref();
    }

    /** Registers the address (confirmed while seats are free); returns the registration id. */
    public static UUID register(ApplicationContext context, UUID eventId, String name, String email) {
        Event event = context.getBean(EventRepository.class).find(eventId).orElseThrow();
        RegistrationService.Outcome outcome = context.getBean(RegistrationService.class)
                .register(event, new NewRegistration(name, email, null, "", null, null, false, true), null, null);
        if (outcome instanceof RegistrationService.Registered r) {
            return r.registration().id();
        }
        if (outcome instanceof RegistrationService.AlreadyRegistered r) {
            return r.existing().id();
        }
        throw new IllegalStateException("registration refused: " + outcome);
    }
}
