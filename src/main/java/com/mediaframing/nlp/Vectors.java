package com.mediaframing.nlp;

/**
 * Small dense-vector arithmetic on {@code float[]} (dot product, sums, normalisation). Stateless.
 */
public final class Vectors {
  private Vectors() {}

  /** The dot product; the cosine similarity when both vectors are L2-normalised. */
  public static double dot(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vector lengths differ: " + a.length + " and " + b.length);
    }
    // four sums in turn: one sum waits on its last addition at every element (the loop ran at
    // half the speed; story linkage and claim alignment take millions of dot products a night)
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int n = a.length & ~3;
    int i = 0;
    for (; i < n; i += 4) {
      s0 += (double) a[i] * b[i];
      s1 += (double) a[i + 1] * b[i + 1];
      s2 += (double) a[i + 2] * b[i + 2];
      s3 += (double) a[i + 3] * b[i + 3];
    }
    for (; i < a.length; i++) {
      s0 += (double) a[i] * b[i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** Adds {@code v} to {@code sum} in place. */
  public static void addTo(float[] sum, float[] v) {
    for (int i = 0; i < sum.length; i++) {
      sum[i] += v[i];
    }
  }

  /** Scales {@code v} in place to unit length (a zero vector stays zero) and returns it. */
  public static float[] normalize(float[] v) {
    double n = Math.sqrt(dot(v, v));
    if (n > 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) (v[i] / n);
      }
    }
    return v;
  }

  /** The normalised mean of some vectors of one length; {@code null} when there are none. */
  public static float[] centroid(Iterable<float[]> vectors) {
    float[] sum = null;
    for (float[] v : vectors) {
      if (sum == null) {
        sum = new float[v.length];
      }
      addTo(sum, v);
    }
    return sum == null ? null : normalize(sum);
  }
}
