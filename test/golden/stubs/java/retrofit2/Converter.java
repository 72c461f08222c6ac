package retrofit2;

/** Stub of Retrofit's Converter (only the factory type, which fixtures pass around). */
public interface Converter<F, T> {
  abstract class Factory {}
}
