import java.io.File;
import java.io.FileOutputStream;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.tools.ExecFileLoader;
import org.jacoco.report.DirectorySourceFileLocator;
import org.jacoco.report.IReportVisitor;
import org.jacoco.report.xml.XMLFormatter;

/** JaCoCo's own report API (what the Maven plugin and CLI call): exec + classes → XML. */
public class Report {
    public static void main(String[] args) throws Exception {
        ExecFileLoader loader = new ExecFileLoader();
        for (String exec : args[0].split(",")) loader.load(new File(exec));
        CoverageBuilder builder = new CoverageBuilder();
        new Analyzer(loader.getExecutionDataStore(), builder).analyzeAll(new File(args[1]));
        IBundleCoverage bundle = builder.getBundle("jshop");
        IReportVisitor visitor = new XMLFormatter().createVisitor(new FileOutputStream(args[2]));
        visitor.visitInfo(loader.getSessionInfoStore().getInfos(), loader.getExecutionDataStore().getContents());
        visitor.visitBundle(bundle, new DirectorySourceFileLocator(new File("src/main/java"), "utf-8", 4));
        visitor.visitEnd();
        ICounter lines = bundle.getLineCounter();
        System.out.printf("LINE covered=%d missed=%d total=%d ratio=%.4f%n", lines.getCoveredCount(), lines.getMissedCount(), lines.getTotalCount(), lines.getCoveredRatio());
    }
}
