package dev.parley.core.internal;

import dev.parley.model.Dossier;
import dev.parley.model.DossierFormatException;
import dev.parley.model.service.DossierCodec;
import dev.parley.model.service.DossierStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Dossier files on disk. A save writes a temporary file beside the target, forces it to disk, keeps
 * the current file as {@code .bak} and renames the temporary file over the target in one atomic
 * step, so a crash at any moment leaves either the old or the new dossier.
 */
@Component(service = DossierStore.class)
public final class FileDossierStore implements DossierStore {

    private static final String TMP_SUFFIX = ".saving";

    private final DossierCodec codec;

    @Activate
    public FileDossierStore(@Reference DossierCodec codec) {
        this.codec = codec;
    }

    @Override
    public Dossier load(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + ": is a directory, not a dossier file");
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new InputStreamReader(Files.newInputStream(file), utf8)) {
            return codec.read(in);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such dossier file");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new DossierFormatException(file + ": not a dossier: the file is not valid UTF-8 text");
        } catch (DossierFormatException e) {
            Path bak = backupOf(file);
            String hint = Files.isRegularFile(bak) ? " (the previous version is kept in " + bak + ")" : "";
            throw new DossierFormatException(file + ": " + e.getMessage() + hint, e.line(), e.column());
        }
    }

    @Override
    public void save(Dossier dossier, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        removeStaleTemporaries(dir, target.getFileName().toString());
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", TMP_SUFFIX);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(ch),
                         StandardCharsets.UTF_8))) {
                codec.write(dossier, w);
                w.write('\n');
                w.flush();
                ch.force(true);
            }
            try {
                Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                        : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the platform's defaults stand
            }
            if (Files.exists(target)) {
                keepBackup(target);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException(target + ": cannot save: the file system does not support atomic rename", e);
            }
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /** Replaces the backup atomically too, so a crash never leaves a half-copied backup. */
    private static void keepBackup(Path target) throws IOException {
        Path bak = backupOf(target);
        Path bakTmp = Files.createTempFile(target.getParent(), "." + bak.getFileName() + ".", TMP_SUFFIX);
        Files.delete(bakTmp);
        try {
            try {
                Files.createLink(bakTmp, target);
            } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
                Files.copy(target, bakTmp, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(bakTmp, bak, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(bakTmp);
        }
    }

    /** Temporary files left by a save that was killed; they are never the only copy of anything. */
    private static void removeStaleTemporaries(Path dir, String name) {
        // A filter, not a glob: the name may hold glob characters such as '{' or '['.
        String prefix = "." + name + ".";
        DirectoryStream.Filter<Path> temporaries = p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(TMP_SUFFIX);
        };
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, temporaries)) {
            for (Path p : ds) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // Leftovers are harmless; the save itself reports real problems.
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException ignored) {
            // Not every platform can open a directory; the rename is still atomic there.
        }
    }
}
