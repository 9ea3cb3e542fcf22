package app.capgo.supportdesk.base;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class NewSessionBudgetTest {

    private final SharedCountersTest.MovingClock clock = new SharedCountersTest.MovingClock();

    @Test
    void a_client_opens_at_most_its_budget_a_minute_then_again_after_it() {
        NewSessionBudget budget = new NewSessionBudget(3, clock);
        for (int i = 0; i < 3; i++) {
            assertThat(budget.tryOpen("203.0.113.7")).isTrue();
        }
        assertThat(budget.tryOpen("203.0.113.7")).isFalse();
        assertThat(budget.tryOpen("203.0.113.8")).as("another client").isTrue();
        clock.now = clock.now.plus(Duration.ofSeconds(61));
        assertThat(budget.tryOpen("203.0.113.7")).as("a minute later").isTrue();
    }

    @Test
    void the_addresses_of_one_ipv6_64_share_a_budget() {
        NewSessionBudget budget = new NewSessionBudget(2, clock);
        assertThat(budget.tryOpen("2001:db8:5:6::1")).isTrue();
        assertThat(budget.tryOpen("2001:db8:5:6::2")).isTrue();
        assertThat(budget.tryOpen("2001:db8:5:6:aaaa:bbbb:cccc:dddd")).isFalse();
        assertThat(budget.tryOpen("2001:db8:5:7::1")).isTrue();
    }

    @Test
    void client_keys_group_ipv6_by_64_and_keep_anything_else() {
        assertThat(ClientKey.of("2001:db8:1:2:3:4:5:6")).isEqualTo(ClientKey.of("2001:0db8:0001:0002::9"))
                .isEqualTo("v6/64:20010db800010002");
        assertThat(ClientKey.of("192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(ClientKey.of("unknown")).isEqualTo("unknown");
        assertThat(ClientKey.of("not:an:address!")).isEqualTo("not:an:address!");
    }
}
