package app.bettertalk.core.shared;

/** The test stand-in keeps the {@link NameSkeletonsContract} too, so tests over it say what production does. */
class AsciiNameSkeletonsTest extends NameSkeletonsContract {
    private final NameSkeletons skeletons = new AsciiNameSkeletons();

    @Override
    protected NameSkeletons skeletons() {
        return skeletons;
    }
}
