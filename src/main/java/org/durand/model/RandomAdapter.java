package org.durand.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Lets Commons Math distributions draw from the model's own seeded generator, so that every
 * random number of a run comes from {@code state.random}. Reseeding through this adapter is
 * refused: the seed belongs to the model.
 */
public final class RandomAdapter implements RandomGenerator, java.io.Serializable {

    private static final long serialVersionUID = 1L;


    private final MersenneTwisterFast random;

    public RandomAdapter(MersenneTwisterFast random) {
        this.random = random;
    }

    @Override
    public void setSeed(int seed) {
        throw new UnsupportedOperationException("the model's generator is seeded by the model");
    }

    @Override
    public void setSeed(int[] seed) {
        throw new UnsupportedOperationException("the model's generator is seeded by the model");
    }

    @Override
    public void setSeed(long seed) {
        throw new UnsupportedOperationException("the model's generator is seeded by the model");
    }

    @Override
    public void nextBytes(byte[] bytes) {
        random.nextBytes(bytes);
    }

    @Override
    public int nextInt() {
        return random.nextInt();
    }

    @Override
    public int nextInt(int n) {
        return random.nextInt(n);
    }

    @Override
    public long nextLong() {
        return random.nextLong();
    }

    @Override
    public boolean nextBoolean() {
        return random.nextBoolean();
    }

    @Override
    public float nextFloat() {
        return random.nextFloat();
    }

    @Override
    public double nextDouble() {
        return random.nextDouble();
    }

    @Override
    public double nextGaussian() {
        return random.nextGaussian();
    }
}
