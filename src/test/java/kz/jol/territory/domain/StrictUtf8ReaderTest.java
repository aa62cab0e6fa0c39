package kz.jol.territory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8ReaderTest {

  @Test
  void decodesKazakhLettersAcrossBufferBoundaries() throws IOException {
    String text = "әғқңөұүһі".repeat(5_000);
    // A stream that hands out 7 bytes at a time splits two-byte letters between reads.
    InputStream trickle = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 7));
      }
    };
    StringBuilder out = new StringBuilder();
    try (var reader = new StrictUtf8Reader(trickle)) {
      char[] buffer = new char[1_000];
      for (int n; (n = reader.read(buffer, 0, buffer.length)) != -1; ) {
        out.append(buffer, 0, n);
      }
    }
    assertThat(out.toString()).isEqualTo(text);
  }

  @Test
  void handsOutEveryGoodCharacterBeforeFailing() throws IOException {
    byte[] bytes = {'a', 'b', '\n', (byte) 0xC3, 'c'};
    var reader = new StrictUtf8Reader(new ByteArrayInputStream(bytes));

    assertThat(reader.read()).isEqualTo('a');
    assertThat(reader.read()).isEqualTo('b');
    assertThat(reader.read()).isEqualTo('\n');
    assertThatThrownBy(reader::read).isInstanceOf(MalformedInputException.class);
  }

  @Test
  void aTruncatedLetterAtTheEndIsNotUtf8() {
    byte[] bytes = {'a', (byte) 0xD2};
    var reader = new StrictUtf8Reader(new ByteArrayInputStream(bytes));

    assertThatThrownBy(() -> {
      while (reader.read() != -1) {
        // read to the end
      }
    }).isInstanceOf(MalformedInputException.class);
  }
}
