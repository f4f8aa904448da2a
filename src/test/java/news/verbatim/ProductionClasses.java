package news.verbatim;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The compiled classes of the service, tests left out, as the dependency rules read them. */
final class ProductionClasses {

    private ProductionClasses() {}

    static JavaClasses imported() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("news.verbatim");
    }
}
