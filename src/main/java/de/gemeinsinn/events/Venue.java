package de.gemeinsinn.events;

/** Where an event takes place. Coordinates are optional (then no map is shown). */
record Venue(String name, String address, String postcode, String city, String accessibility, Double lat, Double lon) {

    Venue {
        name = name == null ? "" : name;
        address = address == null ? "" : address;
        postcode = postcode == null ? "" : postcode;
        city = city == null ? "" : city;
        accessibility = accessibility == null ? "" : accessibility;
    }

    public boolean hasMap() {
        return lat != null && lon != null;
    }

    /** One line: "Kulturkirche Herz-Jesu, Osterfelder Str. 1, 46236 Bottrop". */
    public String oneLine() {
        StringBuilder b = new StringBuilder(name);
        if (!address.isBlank()) {
            b.append(", ").append(address);
        }
        String place = (postcode + " " + city).trim();
        if (!place.isBlank()) {
            b.append(", ").append(place);
        }
        return b.toString();
    }
}
