package io.approov.service.okhttp;

import java.io.IOException;

/** Stub: the SDK's checked exception is an IOException (REFERENCE.md). */
public class ApproovException extends IOException {
  public ApproovException(String message) { super(message); }
}
