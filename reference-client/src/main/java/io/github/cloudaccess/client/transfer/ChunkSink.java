package io.github.cloudaccess.client.transfer;

import java.io.IOException;
import java.nio.ByteBuffer;

/** Receives a body chunk by chunk, in order, from whichever thread delivers it. */
public interface ChunkSink {

  /**
   * Called once, before the first chunk, with the declared length of the body.
   *
   * @param declaredLength the Content-Length, or -1 when unknown
   */
  void begin(long declaredLength);

  /**
   * @param chunk the next bytes; consumed entirely
   * @throws IOException when the bytes cannot be stored (the transfer is then abandoned)
   */
  void write(ByteBuffer chunk) throws IOException;
}
