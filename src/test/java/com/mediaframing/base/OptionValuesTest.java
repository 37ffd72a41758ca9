package com.mediaframing.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionValuesTest {
  @Test
  void numbersWithDefaultsAndOneLineErrors() {
    Map<String, String> v = Map.of("--n", " 7 ", "--zero", "0", "--s", "2.5", "--bad", "x");
    assertEquals(7, OptionValues.nonNegativeInt(v, "--n", 1));
    assertEquals(0, OptionValues.nonNegativeInt(v, "--zero", 1));
    assertEquals(3, OptionValues.positiveInt(v, "--absent", 3));
    assertEquals(2.5, OptionValues.positiveNumber(v, "--s", 10.0));
    assertEquals(10.0, OptionValues.positiveNumber(v, "--absent", 10.0));
    assertEquals(
        "--zero must be a positive whole number, got 0",
        assertThrows(ConfigException.class, () -> OptionValues.positiveInt(v, "--zero", 1))
            .getMessage());
    assertEquals(
        "--bad must be a whole number >= 0, got 'x'",
        assertThrows(ConfigException.class, () -> OptionValues.nonNegativeInt(v, "--bad", 1))
            .getMessage());
    assertEquals(0.0, OptionValues.share(v, "--zero", 0.5));
    assertEquals(0.5, OptionValues.share(v, "--absent", 0.5));
    assertEquals(
        "--s must be a number between 0 and 1, got '2.5'",
        assertThrows(ConfigException.class, () -> OptionValues.share(v, "--s", 0.5)).getMessage());
    assertEquals(
        "--zero must be a number above 0, got '0'",
        assertThrows(ConfigException.class, () -> OptionValues.positiveNumber(v, "--zero", 1.0))
            .getMessage());
  }
}
