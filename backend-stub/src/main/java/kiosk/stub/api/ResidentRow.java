package kiosk.stub.api;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import kiosk.stub.db.Sql;
import kiosk.stub.http.ApiException;
import kiosk.stub.http.Refusal;

/** Resident rows as the business rules need them. Holds personal data: toString() is masked. */
record ResidentRow(String residentId, String idNumber, String documentType, String name, String nameLatin, int sex,
                   String nation, LocalDate birthDate, String hukouCity, boolean localHukou, boolean stateEmployee,
                   LocalDate idValidUntil) {

    static ResidentRow require(Connection c, String residentId) throws SQLException {
        return Sql.one(c, "SELECT * FROM resident WHERE resident_id = ?", ResidentRow::of, residentId)
                .orElseThrow(() -> new ApiException(Refusal.RESIDENT_NOT_FOUND));
    }

    static ResidentRow of(ResultSet rs) throws SQLException {
        return new ResidentRow(rs.getString("resident_id"), rs.getString("id_number"), rs.getString("document_type"),
                rs.getString("name"), rs.getString("name_latin"), rs.getInt("sex"), rs.getString("nation"),
                Sql.date(rs, "birth_date"), rs.getString("hukou_city"), rs.getBoolean("hukou_local"),
                rs.getBoolean("state_employee"), Sql.date(rs, "id_valid_until"));
    }

    @Override
    public String toString() {
        return "ResidentRow[" + residentId + "]";
    }
}
