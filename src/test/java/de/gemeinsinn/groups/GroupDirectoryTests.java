package de.gemeinsinn.groups;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.platform.security.GemeinsinnUser;
import de.gemeinsinn.support.GemeinsinnTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GemeinsinnTest
class GroupDirectoryTests extends GroupsTestSupport {

    @Autowired
    GroupDirectory groups;

    @Test
    void internalGroupIsReadableOnlyByMembersCoordinatorsOfItsCityAndAdmins() {
        GroupRef internal = group("Interne AG", "bottrop", GroupVisibility.INTERNAL, JoinPolicy.INVITATION);
        GemeinsinnUser lead = person("Lea Leitung");
        GemeinsinnUser guest = person("Gustav Gast");
        GemeinsinnUser outsider = person("Otto Außen");
        member(internal, lead, GroupRole.LEAD, false);
        member(internal, guest, GroupRole.GUEST, true);

        assertThat(groups.canRead(internal.id(), null)).isFalse();
        assertThat(groups.canRead(internal.id(), outsider)).isFalse();
        assertThat(groups.canRead(internal.id(), coordinator("bocholt"))).isFalse();
        assertThat(groups.canRead(internal.id(), guest)).isTrue();
        assertThat(groups.canRead(internal.id(), coordinator("bottrop"))).isTrue();
        assertThat(groups.canRead(internal.id(), admin())).isTrue();

        assertThat(groups.canManage(internal.id(), guest)).isFalse();
        assertThat(groups.canManage(internal.id(), lead)).isTrue();
        assertThat(groups.canManage(internal.id(), coordinator("bocholt"))).isFalse();
        assertThat(groups.canManage(internal.id(), coordinator("bottrop"))).isTrue();
        assertThat(groups.canManage(internal.id(), null)).isFalse();

        assertThat(groups.roleOf(internal.id(), guest.personId())).contains(GroupRole.GUEST);
        assertThat(groups.roleOf(internal.id(), outsider.personId())).isEmpty();
        assertThat(groups.members(internal.id()))
                .extracting(GroupMemberRef::displayName, GroupMemberRef::role, GroupMemberRef::namePublic)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("Lea Leitung", GroupRole.LEAD, false),
                        org.assertj.core.api.Assertions.tuple("Gustav Gast", GroupRole.GUEST, true));
        assertThat(groups.groupsOf(guest.personId())).containsExactly(internal);
    }

    @Test
    void publicGroupIsReadableByEveryoneButNetworkGroupsAreManagedOnlyByAdmins() {
        GroupRef network = group("Themengruppe Test", null, GroupVisibility.PUBLIC, JoinPolicy.REQUEST);
        assertThat(groups.canRead(network.id(), null)).isTrue();
        assertThat(groups.canSeeInternals(network.id(), null)).isFalse();
        assertThat(groups.canManage(network.id(), coordinator("bottrop"))).isFalse();
        assertThat(groups.canManage(network.id(), admin())).isTrue();
        assertThat(groups.groupsOfCity(null)).contains(network);
        assertThat(groups.find(network.id())).contains(network);
        assertThat(groups.findBySlug(network.slug())).contains(network);
    }
}
