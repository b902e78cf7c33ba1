package org.durand.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Commons Math draws from the model's own generator: every method of the adapter gives the number
 * the generator itself would give next, and no one but the model may reseed it.
 */
class RandomAdapterTest {

    @Test
    @DisplayName("each draw is the generator's own next draw of that kind")
    void drawsComeFromTheModelsGenerator() {
        MersenneTwisterFast twin = new MersenneTwisterFast(7);
        RandomAdapter adapter = new RandomAdapter(new MersenneTwisterFast(7));
        for (int i = 0; i < 5; i++) {
            assertEquals(twin.nextInt(), adapter.nextInt());
            assertEquals(twin.nextInt(1000), adapter.nextInt(1000));
            assertEquals(twin.nextLong(), adapter.nextLong());
            assertEquals(twin.nextBoolean(), adapter.nextBoolean());
            assertEquals(twin.nextFloat(), adapter.nextFloat());
            assertEquals(twin.nextDouble(), adapter.nextDouble());
            assertEquals(twin.nextGaussian(), adapter.nextGaussian());
            byte[] expected = new byte[7];
            byte[] actual = new byte[7];
            twin.nextBytes(expected);
            adapter.nextBytes(actual);
            assertArrayEquals(expected, actual);
        }
    }

    @Test
    @DisplayName("reseeding through the adapter is refused: the seed belongs to the model")
    void onlyTheModelSeeds() {
        RandomAdapter adapter = new RandomAdapter(new MersenneTwisterFast(7));
        assertThrows(UnsupportedOperationException.class, () -> adapter.setSeed(1));
        assertThrows(UnsupportedOperationException.class, () -> adapter.setSeed(1L));
        assertThrows(UnsupportedOperationException.class, () -> adapter.setSeed(new int[] {1}));
        assertEquals(new MersenneTwisterFast(7).nextLong(), adapter.nextLong(), "the generator was left as it was");
    }
}
