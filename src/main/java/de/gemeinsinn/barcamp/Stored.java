package de.gemeinsinn.barcamp;

import de.gemeinsinn.events.EventRef;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.UUID;

/** The stored things of a BarCamp, as plain records. */
final class Stored {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private Stored() {}

    record Barcamp(
            UUID id,
            UUID eventId,
            Phase phase,
            Instant publishedAt,
            long boardVersion,
            long planVersion,
            String lastSolve) {

        public boolean published() {
            return publishedAt != null;
        }
    }

    /** A BarCamp with its event. */
    record Camp(Barcamp barcamp, EventRef event) {
        public UUID id() {
            return barcamp.id();
        }

        public String slug() {
            return event.slug();
        }

        public Phase phase() {
            return barcamp.phase();
        }

        public String url() {
            return "/barcamp/" + event.slug();
        }
    }

    record Room(UUID id, String name, int capacity, Set<Feature> features, int position) {
        public boolean offers(Set<Feature> needs) {
            return features.containsAll(needs);
        }
    }

    record Slot(UUID id, Instant startsAt, Instant endsAt) {
        public ZonedDateTime start() {
            return startsAt.atZone(ZONE);
        }

        public ZonedDateTime end() {
            return endsAt.atZone(ZONE);
        }
    }

    record Session(
            UUID id,
            UUID barcampId,
            String title,
            String description,
            String hostNames,
            HostVisibility hostVisibility,
            Set<Feature> needs,
            UUID proposerRegistrationId,
            UUID proposerPersonId,
            boolean proposerHosts,
            Integer hands,
            UUID roomId,
            UUID slotId,
            boolean pinned,
            int icalSequence,
            String notes,
            String results,
            int docVersion,
            Instant docUpdatedAt,
            Instant createdAt) {

        public boolean placed() {
            return roomId != null && slotId != null;
        }

        /** The host names this viewer may see, or null. */
        public String hostsFor(boolean participantOrOrganiser, boolean organiser) {
            if (hostNames == null || hostNames.isBlank()) {
                return null;
            }
            return switch (hostVisibility) {
                case ALL -> hostNames;
                case PARTICIPANTS -> participantOrOrganiser ? hostNames : null;
                case NONE -> organiser ? hostNames : null;
            };
        }
    }

    record Change(long id, UUID sessionId, String message, Instant createdAt) {}

    record Revision(long id, int version, String notes, String results, String authorName, Instant createdAt) {}

    record Link(UUID id, UUID sessionId, String url, String label, String addedByName, Instant createdAt) {}

    record FileInfo(
            UUID id,
            UUID sessionId,
            String filename,
            String contentType,
            int size,
            String uploadedByName,
            Instant createdAt) {}

    record StoredFile(String filename, String contentType, byte[] data) {}
}
