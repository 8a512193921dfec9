package de.gemeinsinn.network;

import static org.assertj.core.api.Assertions.assertThat;

import de.gemeinsinn.network.MemberCityJoin.JoinedCity;
import de.gemeinsinn.network.MemberCityJoin.Member;
import de.gemeinsinn.network.MemberCityJoin.Municipality;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberCityJoinTests {

    static final List<Municipality> REGISTER = List.of(
            new Municipality("05512000", "Bottrop, Stadt", 51.52, 6.93, 117565),
            new Municipality("06631018", "Neuhof", 50.45, 9.61, 10830),
            new Municipality("09575150", "Neuhof a.d.Zenn, M", 49.46, 10.64, 2100),
            new Municipality("09999999", "Neuhof", 48.0, 11.0, 999),
            new Municipality("15091375", "Wittenberg, Lutherstadt", 51.87, 12.65, 45752),
            new Municipality("14625020", "Bautzen / Budyšin, Stadt", 51.18, 14.43, 38425),
            new Municipality("07315000", "Mainz, Stadt", 50.0, 8.27, 218578));

    @Test
    void joinsByNameWithoutSuffixAndKeepsOfficialName() {
        JoinedCity bottrop = single(new Member("Bottrop", "NW", "2021"));
        assertThat(bottrop.ags()).isEqualTo("05512000");
        assertThat(bottrop.officialName()).isEqualTo("Bottrop, Stadt");
        assertThat(bottrop.population()).isEqualTo(117565);
        assertThat(bottrop.state()).isEqualTo(State.NW);
        assertThat(bottrop.state().regionSlug).isEqualTo("west");
        assertThat(bottrop.memberSince()).isEqualTo(2021);
        assertThat(bottrop.slug()).isEqualTo("bottrop");
    }

    @Test
    void theStateDisambiguatesMunicipalitiesWithTheSameName() {
        JoinedCity hessian = single(new Member("Neuhof", "HE", "2022"));
        assertThat(hessian.ags()).isEqualTo("06631018");
        JoinedCity bavarian = single(new Member("Neuhof", "BY", "2022"));
        assertThat(bavarian.ags()).isEqualTo("09999999");
    }

    @Test
    void understandsSwappedPrefixesAndBilingualNames() {
        assertThat(single(new Member("Lutherstadt Wittenberg", "ST", "<=2024")).ags())
                .isEqualTo("15091375");
        assertThat(single(new Member("Bautzen", "SN", "2015 nominee")).ags()).isEqualTo("14625020");
    }

    @Test
    void aDistrictMemberGetsItsMunicipalityButNoPopulation() {
        JoinedCity mombach = single(new Member("Mainz-Mombach", "RP", "2022"));
        assertThat(mombach.ags()).isEqualTo("07315000");
        assertThat(mombach.population()).isNull();
        assertThat(mombach.districtOf()).isTrue();
        assertThat(mombach.slug()).isEqualTo("mainz-mombach");
    }

    @Test
    void unknownNamesAndStatesAreReportedNotGuessed() {
        var result = MemberCityJoin.join(
                REGISTER, List.of(new Member("Atlantis", "NW", "2015"), new Member("Bottrop", "XX", "2015")));
        assertThat(result.cities()).isEmpty();
        assertThat(result.unmatched()).hasSize(2);
    }

    @Test
    void memberSinceFallsBackToAStableYearBetween2015And2019() {
        assertThat(MemberCityJoin.memberSince(new Member("Ammerbuch", "BW", "2015 nominee")))
                .isEqualTo(2015);
        Integer unknown = MemberCityJoin.memberSince(new Member("Würzburg", "BY", "n/a"));
        assertThat(unknown).isBetween(2015, 2019);
        assertThat(MemberCityJoin.memberSince(new Member("Würzburg", "BY", "n/a")))
                .isEqualTo(unknown);
        assertThat(MemberCityJoin.memberSince(new Member("Bocholt", "NW", "<=2017")))
                .isBetween(2015, 2017);
    }

    @Test
    void theRealFilesJoinCompletelyAndBottropIsAlwaysThere() {
        DemoNetworkData.Network network = DemoNetworkData.load();
        assertThat(network.cities()).hasSizeGreaterThanOrEqualTo(49);
        assertThat(network.cities().stream().map(c -> c.city().slug()))
                .doesNotHaveDuplicates()
                .contains("bottrop", "bautzen", "lutherstadt-wittenberg", "mainz-mombach", "rheinfelden-baden");
        assertThat(network.westMeeting2024()).hasSize(30).contains("bottrop", "gladbeck");
        assertThat(network.cities())
                .allSatisfy(c -> assertThat(c.officeEmail()).endsWith(".example"))
                .allSatisfy(c -> assertThat(c.focusTopics()).isNotEmpty());
    }

    @Test
    void bottropIsAddedWhenTheMemberListMissesIt() {
        List<JoinedCity> joined = new ArrayList<>();
        DemoNetworkData.ensureBottrop(joined, REGISTER);
        assertThat(joined).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Bottrop");
            assertThat(c.state().regionSlug).isEqualTo("west");
        });
    }

    @Test
    void slugsAreAsciiAndReadable() {
        assertThat(Slugs.of("Rheinfelden (Baden)")).isEqualTo("rheinfelden-baden");
        assertThat(Slugs.of("Dessau-Roßlau")).isEqualTo("dessau-rosslau");
        assertThat(Slugs.of("Würzburg")).isEqualTo("wuerzburg");
    }

    @Test
    void csvReaderHandlesQuotedCommas() {
        assertThat(Csv.parseLine("05512000,\"Bottrop, Stadt\",\"a \"\"b\"\"\",1"))
                .containsExactly("05512000", "Bottrop, Stadt", "a \"b\"", "1");
    }

    private static JoinedCity single(Member member) {
        var result = MemberCityJoin.join(REGISTER, List.of(member));
        assertThat(result.unmatched()).isEmpty();
        return result.cities().get(0);
    }
}
