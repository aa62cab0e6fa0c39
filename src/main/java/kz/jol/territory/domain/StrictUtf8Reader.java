package kz.jol.territory.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and fails on the first byte that is not UTF-8 — but only after handing out every
 * character before it, so that the reader's caller knows the exact line of the bad byte.
 * ({@link java.io.InputStreamReader} drops the characters it decoded in the same chunk.)
 */
final class StrictUtf8Reader extends Reader {

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8_192).flip();
  private final CharBuffer chars = CharBuffer.allocate(8_192).flip();
  private MalformedInputException failure;
  private boolean endOfInput;
  private boolean finished;

  StrictUtf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (failure != null) {
        throw failure;
      }
      if (finished) {
        return -1;
      }
      decodeMore();
    }
    int n = Math.min(length, chars.remaining());
    chars.get(target, offset, n);
    return n;
  }

  private void decodeMore() throws IOException {
    chars.clear();
    while (chars.position() == 0 && failure == null && !finished) {
      CoderResult result = decoder.decode(bytes, chars, endOfInput);
      if (result.isError()) {
        failure = new MalformedInputException(result.length());
      } else if (result.isUnderflow()) {
        if (endOfInput) {
          decoder.flush(chars);
          finished = true;
        } else {
          fill();
        }
      } else {
        break;
      }
    }
    chars.flip();
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
