package de.gemeinsinn.barcamp;

import de.gemeinsinn.accounts.PersonErased;
import de.gemeinsinn.platform.privacy.PersonalDataExporter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the BarCamp holds about a person: proposals, votes, stars, documentation they wrote, links
 * and files they added, their agenda settings and personal links. Every row carries the account id
 * when one exists (also for actions through a personal link, through the registration's account).
 * On erasure votes, stars, settings and links go; proposals and documentation stay (they belong to
 * the BarCamp's record) but are attributed to a former member.
 */
@Component
class BarcampPersonalData implements PersonalDataExporter {

    private final BarcampRepository repo;

    BarcampPersonalData(BarcampRepository repo) {
        this.repo = repo;
    }

    @Override
    public String section() {
        return "barcamp";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(UUID personId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("proposals", repo.rowsOf("""
                        SELECT s.id, s.title, s.description, s.host_names AS "hostNames", s.host_visibility AS "hostVisibility",
                            s.created_at AS "createdAt", b.event_id AS "eventId"
                        FROM barcamp.session s JOIN barcamp.barcamp b ON b.id = s.barcamp_id
                        WHERE s.proposer_person_id = ? ORDER BY s.created_at
                        """, personId));
        out.put("interests", repo.rowsOf("""
                        SELECT s.id AS "sessionId", s.title, v.created_at AS "createdAt" FROM barcamp.vote v
                        JOIN barcamp.session s ON s.id = v.session_id WHERE v.person_id = ? ORDER BY v.created_at
                        """, personId));
        out.put("starred", repo.rowsOf("""
                        SELECT s.id AS "sessionId", s.title, st.created_at AS "createdAt" FROM barcamp.star st
                        JOIN barcamp.session s ON s.id = st.session_id WHERE st.person_id = ? ORDER BY st.created_at
                        """, personId));
        out.put("documentation", repo.rowsOf("""
                        SELECT s.id AS "sessionId", s.title, r.version, r.notes, r.results, r.author_name AS "shownAs",
                            r.created_at AS "createdAt"
                        FROM barcamp.doc_revision r JOIN barcamp.session s ON s.id = r.session_id
                        WHERE r.author_person_id = ? ORDER BY r.created_at
                        """, personId));
        out.put(
                "links",
                repo.rowsOf(
                        "SELECT session_id AS \"sessionId\", url, label, created_at AS \"createdAt\" FROM barcamp.link WHERE added_by_person_id = ?",
                        personId));
        out.put(
                "files",
                repo.rowsOf(
                        "SELECT session_id AS \"sessionId\", filename, content_type AS \"contentType\", size, created_at AS \"createdAt\" FROM barcamp.file WHERE uploaded_by_person_id = ?",
                        personId));
        out.put(
                "agendaSettings",
                repo.rowsOf(
                        "SELECT barcamp_id AS \"barcampId\", notify_changes AS \"notifyChanges\", created_at AS \"createdAt\" FROM barcamp.participant WHERE person_id = ?",
                        personId));
        out.put("awaySlots", repo.rowsOf("""
                        SELECT a.barcamp_id AS "barcampId", t.starts_at AS "slotStartsAt", t.ends_at AS "slotEndsAt",
                            a.created_at AS "createdAt"
                        FROM barcamp.away a JOIN barcamp.participant p
                          ON p.barcamp_id = a.barcamp_id AND p.registration_id = a.registration_id
                        JOIN barcamp.slot t ON t.id = a.slot_id WHERE p.person_id = ? ORDER BY t.starts_at
                        """, personId));
        out.put(
                "personalLinks",
                repo.rowsOf(
                        "SELECT barcamp_id AS \"barcampId\", email, created_at AS \"createdAt\", expires_at AS \"expiresAt\" FROM barcamp.access_link WHERE person_id = ?",
                        personId));
        return out;
    }

    @EventListener
    @Transactional
    void on(PersonErased event) {
        repo.erase(event.personId(), PersonErased.FORMER_MEMBER);
    }
}
