package de.gemeinsinn.network;

import java.util.List;
import java.util.Optional;

/** Read access to the member cities for other modules. */
public interface CityDirectory {

    Optional<CityRef> find(String slug);

    /** All member cities, ordered by name. */
    List<CityRef> all();

    /** The regions, ordered by name. */
    List<String> regions();

    /** Names of the city's Quartiere in their order on the city profile; empty for unknown cities. */
    List<String> quartiere(String slug);
}
