package app.bettertalk.web.identity;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * An X.509 certificate for an RSA key, signed by that key, as PEM: what Google's certs endpoint serves for each of
 * its signing keys. Written out in DER by hand, since the JDK has no public API that makes certificates.
 */
final class SelfSignedCertificate {
    private static final byte[] SHA256_WITH_RSA = {0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7,
            0x0D, 0x01, 0x01, 0x0B};
    private static final byte[] COMMON_NAME = {0x06, 0x03, 0x55, 0x04, 0x03};
    private static final byte[] NULL = {0x05, 0x00};
    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

    private SelfSignedCertificate() {
    }

    static String pem(KeyPair keys, String name, Instant from, Instant until) {
        try {
            var algorithm = der(0x30, SHA256_WITH_RSA, NULL);
            var subject = der(0x30, der(0x31, der(0x30, COMMON_NAME, der(0x0C, name.getBytes(StandardCharsets.UTF_8)))));
            var validity = der(0x30, time(from), time(until));
            var toBeSigned = der(0x30, der(0x02, BigInteger.valueOf(from.getEpochSecond()).toByteArray()), algorithm,
                    subject, validity, subject, keys.getPublic().getEncoded());
            var signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(keys.getPrivate());
            signer.update(toBeSigned);
            var signature = signer.sign();
            var bits = new byte[signature.length + 1];
            System.arraycopy(signature, 0, bits, 1, signature.length);
            var certificate = der(0x30, toBeSigned, algorithm, der(0x03, bits));
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate)
                    + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] time(Instant at) {
        return der(0x17, UTC_TIME.format(at).getBytes(StandardCharsets.US_ASCII));
    }

    /** One DER element: tag, definite length, then the parts' bytes. */
    private static byte[] der(int tag, byte[]... parts) {
        var content = new ByteArrayOutputStream();
        for (var part : parts) {
            content.writeBytes(part);
        }
        var out = new ByteArrayOutputStream();
        out.write(tag);
        var length = content.size();
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length & 0xFF);
        }
        out.writeBytes(content.toByteArray());
        return out.toByteArray();
    }
}
