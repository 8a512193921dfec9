package de.gemeinsinn.platform.security;

import java.util.List;

/**
 * Each module declares which of its URLs anyone may open. Everything not declared requires a
 * login, so a forgotten declaration fails closed.
 */
public interface PublicPaths {

    /** Ant-style patterns anyone may read with GET/HEAD. */
    List<String> readable();

    /** Patterns anyone may also POST to (registration, search forms, ...). */
    default List<String> writable() {
        return List.of();
    }
}
