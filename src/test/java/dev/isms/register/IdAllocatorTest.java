package dev.isms.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdAllocatorTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  @Test
  void continuesTheRegistersOwnPattern() {
    IdAllocator ids = IdAllocator.of(List.of("ACT-2026-013", "ACT-2026-014"), "ACT-000", TODAY);

    assertThat(ids.next()).isEqualTo("ACT-2026-015");
    assertThat(ids.after("ACT-2026-015")).isEqualTo("ACT-2026-016");
  }

  @Test
  void neverGivesAnIdThatWindowsReservesForADevice() {
    // given a register numbered COM0, whose next numbers COM1..COM9 are Windows device names
    IdAllocator ids = IdAllocator.of(List.of("COM0"), "X-000", TODAY);

    // then the allocator skips them, here and after an id taken by another run
    assertThat(ids.next()).isEqualTo("COM10");
    assertThat(ids.after("COM0")).isEqualTo("COM10");
    assertThat(IdAllocator.of(List.of("LPT-0"), "X-000", TODAY).next()).isEqualTo("LPT-1");
  }
}
