package de.gemeinsinn.events;

import java.util.UUID;

/** Fixed ids of the demo events (only present with {@code gemeinsinn.demo-data=true}). */
public final class DemoEvents {

    /** Regionaltreffen West in der Kulturkirche Herz-Jesu, Bottrop (16 May 2025, past). */
    public static final UUID REGIONAL_MEETING_WEST_BOTTROP = UUID.fromString("6f1c2a9e-0b7d-4c1e-9a51-2e0b7d6a1001");

    /** Bundesweites Netzwerktreffen, autumn 2024 (past). */
    public static final UUID NETWORK_MEETING_2024 = UUID.fromString("6f1c2a9e-0b7d-4c1e-9a51-2e0b7d6a1002");

    /** Bundesweites Netzwerktreffen 2027 with open registration. */
    public static final UUID NETWORK_MEETING_2027 = UUID.fromString("6f1c2a9e-0b7d-4c1e-9a51-2e0b7d6a1003");

    /** A city event in Bottrop (upcoming). */
    public static final UUID BOTTROP_ENGAGEMENT_FAIR = UUID.fromString("6f1c2a9e-0b7d-4c1e-9a51-2e0b7d6a1004");

    /** Slug of the regional meeting West. */
    public static final String REGIONAL_MEETING_WEST_BOTTROP_SLUG = "regionaltreffen-west-2025-bottrop";

    private DemoEvents() {}
}
