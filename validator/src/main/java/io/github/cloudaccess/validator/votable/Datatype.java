package io.github.cloudaccess.validator.votable;

/** The VOTable primitive datatypes (VOTable section 2.1), with the facts the checks need. */
public enum Datatype {
  BOOLEAN("boolean"),
  BIT("bit"),
  UNSIGNED_BYTE("unsignedByte"),
  SHORT("short"),
  INT("int"),
  LONG("long"),
  CHAR("char"),
  UNICODE_CHAR("unicodeChar"),
  FLOAT("float"),
  DOUBLE("double"),
  FLOAT_COMPLEX("floatComplex"),
  DOUBLE_COMPLEX("doubleComplex");

  private final String wireName;

  Datatype(String wireName) {
    this.wireName = wireName;
  }

  /** @return the spelling in the {@code datatype} attribute */
  public String wireName() {
    return wireName;
  }

  /**
   * @param text the attribute value, may be null
   * @return the datatype, or null when the spelling is not a VOTable datatype
   */
  public static Datatype of(String text) {
    if (text == null) {
      return null;
    }
    for (Datatype d : values()) {
      if (d.wireName.equals(text)) {
        return d;
      }
    }
    return null;
  }

  /** @return true for the text types {@code char} and {@code unicodeChar} */
  public boolean isText() {
    return this == CHAR || this == UNICODE_CHAR;
  }

  /** @return true for unsignedByte, short, int and long */
  public boolean isInteger() {
    return this == UNSIGNED_BYTE || this == SHORT || this == INT || this == LONG;
  }

  /** @return true for float and double */
  public boolean isFloating() {
    return this == FLOAT || this == DOUBLE;
  }

  /** @return true for integer, floating and complex types */
  public boolean isNumeric() {
    return isInteger() || isFloating() || this == FLOAT_COMPLEX || this == DOUBLE_COMPLEX;
  }
}
