package app.bettertalk.web.mentor;

import java.awt.AlphaComposite;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Scales a square image to a side, in halving steps so a large source keeps its detail without aliasing. */
final class Scaling {
    private Scaling() {
    }

    /** {@code square} as a {@code side}-pixel image, with an alpha channel when {@code keepAlpha}, else opaque RGB. */
    static BufferedImage toSide(BufferedImage square, int side, boolean keepAlpha) {
        var current = square;
        var size = Math.min(square.getWidth(), square.getHeight());
        while (size / 2 >= side) {
            size /= 2;
            current = draw(current, size, keepAlpha, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        return draw(current, side, keepAlpha, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    private static BufferedImage draw(BufferedImage source, int side, boolean keepAlpha, Object interpolation) {
        var target = new BufferedImage(side, side, keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setComposite(AlphaComposite.Src);
            var edge = Math.min(source.getWidth(), source.getHeight());
            graphics.drawImage(source, 0, 0, side, side, 0, 0, edge, edge, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }
}
