package dev.parley.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Which extra bundles Parley runs: a jar is trusted when it is signed (every entry) by a
 * certificate in {@code conf/trust/} (PEM or DER, {@code .pem .crt .cer}), or its SHA-256 is listed
 * in {@code conf/trusted-bundles} (one hex digest a line, {@code #} comments), which
 * {@code parley install --trust} appends to. Used by the launcher for {@code plugins/} and by
 * {@code parley install}.
 */
public final class Trust {

    private final Path home;

    public Trust(Path home) {
        this.home = home;
    }

    /** Why the jar is trusted, or null when it is not. */
    public String reason(Path jar) throws IOException {
        String sha = sha256(jar);
        if (listed().contains(sha)) {
            return "its SHA-256 is listed in conf/trusted-bundles";
        }
        String signer = signedByTrusted(jar);
        if (signer != null) {
            return "signed by " + signer + " (conf/trust/)";
        }
        return null;
    }

    /** Adds a jar's digest to conf/trusted-bundles. */
    public void trust(Path jar, String note) throws IOException {
        Path list = home.resolve("conf/trusted-bundles");
        Files.createDirectories(list.getParent());
        String line = sha256(jar) + "  # " + note.replace('\n', ' ') + "\n";
        Files.writeString(list, line, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    /** The digests in conf/trusted-bundles. */
    public Set<String> listed() throws IOException {
        Set<String> out = new LinkedHashSet<>();
        Path list = home.resolve("conf/trusted-bundles");
        if (Files.isRegularFile(list)) {
            for (String l : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                String s = l.replaceFirst("#.*", "").strip().toLowerCase(Locale.ROOT);
                if (!s.isEmpty()) {
                    out.add(s.split("\\s+")[0]);
                }
            }
        }
        return out;
    }

    /** The subject of a trusted certificate that signed every entry of the jar, or null. */
    String signedByTrusted(Path jar) throws IOException {
        List<Certificate> trusted = certificates();
        if (trusted.isEmpty()) {
            return null;
        }
        try (JarFile jf = new JarFile(jar.toFile(), true)) {
            Enumeration<JarEntry> entries = jf.entries();
            Certificate[] common = null;
            boolean any = false;
            byte[] buf = new byte[8192];
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (e.isDirectory() || e.getName().startsWith("META-INF/")) {
                    continue;
                }
                try (InputStream in = jf.getInputStream(e)) {
                    while (in.read(buf) != -1) {
                        // reading verifies the entry against its signature; a tampered entry throws
                    }
                } catch (SecurityException tampered) {
                    return null;
                }
                Certificate[] certs = e.getCertificates();
                if (certs == null) {
                    return null; // an unsigned entry
                }
                common = certs;
                any = true;
            }
            if (!any) {
                return null;
            }
            for (Certificate c : common) {
                if (trusted.contains(c)) {
                    return c instanceof java.security.cert.X509Certificate x
                            ? x.getSubjectX500Principal().getName() : c.getType() + " certificate";
                }
            }
            return null;
        }
    }

    private List<Certificate> certificates() throws IOException {
        List<Certificate> out = new ArrayList<>();
        Path dir = home.resolve("conf/trust");
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.{pem,crt,cer}")) {
            CertificateFactory f = CertificateFactory.getInstance("X.509");
            for (Path p : ds) {
                try (InputStream in = Files.newInputStream(p)) {
                    out.addAll(f.generateCertificates(in));
                } catch (CertificateException e) {
                    throw new IOException(p + ": not an X.509 certificate: " + e.getMessage(), e);
                }
            }
        } catch (CertificateException e) {
            throw new IOException(e);
        }
        return out;
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
