package de.gemeinsinn.network;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Small helpers for reading city rows. */
final class CityRows {

    private CityRows() {}

    static List<String> topics(ResultSet rs) throws SQLException {
        Array array = rs.getArray("focus_topics");
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
