package de.gemeinsinn.events;

/** An event with the names the pages show. */
record EventView(Event event, String cityName, String regionName) {

    public String place() {
        return cityName != null ? cityName : event.venue().city();
    }
}
