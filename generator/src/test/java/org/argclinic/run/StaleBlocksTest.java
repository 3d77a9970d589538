package org.argclinic.run;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.argclinic.run.StaleBlocks.Location;
import org.junit.jupiter.api.Test;

class StaleBlocksTest {
  private static final Path SPAM = Path.of("spam.c");

  // 1 #include
  // 2 (blank)
  // 3-5 module block, end marker on 6
  // 8-14 spam.add block, output 15-17, end marker 18
  // 20-22 fresh block (no output yet): stop line 23
  private static final String TEXT =
      """
      #include "Python.h"

      /*[clinic input]
      module spam
      [clinic start generated code]*/
      /*[clinic end generated code: output=da39a3ee5e6b4b0d input=fb02dbff56054488]*/

      /*[clinic input]
      spam.add

          a: int
          /

      [clinic start generated code]*/

      static PyObject *
      spam_add_impl(PyObject *module, int a)
      /*[clinic end generated code: output=0000000000000000 input=0000000000000000]*/

      /*[clinic input]

        spam.sub
      [clinic start generated code]*/
      {
      """;

  @Test
  void changesInsideABlockNameItsStartLineOnce() {
    assertThat(StaleBlocks.of(SPAM, TEXT, List.of(16, 17, 18)))
        .containsExactly(new Location(8, "spam.add"));
  }

  @Test
  void outputForAFreshBlockGoesRightAfterItsStopLine() {
    assertThat(StaleBlocks.of(SPAM, TEXT, List.of(24)))
        .containsExactly(new Location(20, "spam.sub"));
  }

  @Test
  void changesOutsideBlocksKeepTheirLine() {
    assertThat(StaleBlocks.of(SPAM, TEXT, List.of(1, 6, 19)))
        .containsExactly(new Location(1, ""), new Location(3, "module spam"), new Location(19, ""))
        .inOrder();
  }

  @Test
  void aMissingFileIsStaleAtLineOne() {
    assertThat(StaleBlocks.of(Path.of("clinic/spam.c.h"), "", List.of()))
        .containsExactly(new Location(1, ""));
  }
}
