package dev.parley.workbench.internal;

import java.awt.Component;
import java.awt.Container;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.DataFlavor;
import java.awt.event.InputEvent;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javax.swing.Icon;
import javax.swing.JComponent;
import javax.swing.TransferHandler;

/**
 * Files dropped on the window or on any view: a dossier opens, anything else is imported. Tables,
 * lists and text panes have drop handlers of their own that would refuse files; {@link #wrap} puts
 * this one in front of them for file lists and leaves everything else (copy, drag of rows) to theirs.
 */
final class FileDrop extends TransferHandler {
    private static final long serialVersionUID = 1L;

    private final transient WorkbenchWindow window;

    FileDrop(WorkbenchWindow window) {
        this.window = window;
    }

    static boolean isFiles(TransferSupport support) {
        return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
    }

    @Override
    public boolean canImport(TransferSupport support) {
        return isFiles(support);
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!isFiles(support)) {
            return false;
        }
        try {
            @SuppressWarnings("unchecked")
            List<File> files = (List<File>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
            List<Path> paths = files.stream().map(File::toPath).toList();
            window.dropped(paths);
            return true;
        } catch (Exception e) {
            window.error("Drop failed", WorkbenchWindow.describe(e));
            return false;
        }
    }

    /** Files as a drag from a file manager carries them. */
    static java.awt.datatransfer.Transferable transferable(List<Path> files) {
        List<File> list = files.stream().map(Path::toFile).toList();
        return new java.awt.datatransfer.Transferable() {
            @Override
            public DataFlavor[] getTransferDataFlavors() {
                return new DataFlavor[] {DataFlavor.javaFileListFlavor};
            }

            @Override
            public boolean isDataFlavorSupported(DataFlavor flavor) {
                return DataFlavor.javaFileListFlavor.equals(flavor);
            }

            @Override
            public Object getTransferData(DataFlavor flavor) {
                return list;
            }
        };
    }

    /** Lets every component below {@code root} that has a drop handler of its own accept files too. */
    static void wrap(Component root, FileDrop files) {
        if (root instanceof JComponent jc) {
            TransferHandler own = jc.getTransferHandler();
            if (own != null && !(own instanceof Delegate) && !(own instanceof FileDrop)) {
                jc.setTransferHandler(new Delegate(own, files));
            }
        }
        if (root instanceof Container c) {
            for (Component child : c.getComponents()) {
                wrap(child, files);
            }
        }
    }

    /** A component's own handler, with file drops going to the window. */
    static final class Delegate extends TransferHandler {
        private static final long serialVersionUID = 1L;

        private final TransferHandler own;
        private final FileDrop files;

        Delegate(TransferHandler own, FileDrop files) {
            this.own = own;
            this.files = files;
        }

        @Override
        public boolean canImport(TransferSupport support) {
            return isFiles(support) || own.canImport(support);
        }

        @Override
        public boolean importData(TransferSupport support) {
            return isFiles(support) ? files.importData(support) : own.importData(support);
        }

        @Override
        public int getSourceActions(JComponent c) {
            return own.getSourceActions(c);
        }

        @Override
        public Icon getVisualRepresentation(java.awt.datatransfer.Transferable t) {
            return own.getVisualRepresentation(t);
        }

        @Override
        public void exportAsDrag(JComponent comp, InputEvent e, int action) {
            own.exportAsDrag(comp, e, action);
        }

        @Override
        public void exportToClipboard(JComponent comp, Clipboard clip, int action) {
            own.exportToClipboard(comp, clip, action);
        }
    }
}
