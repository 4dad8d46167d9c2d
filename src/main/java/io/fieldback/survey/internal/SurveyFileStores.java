package io.fieldback.survey.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.fieldback.storage.ObjectStore;
import io.fieldback.storage.StorageConfig;
import io.fieldback.storage.StorageType;

/** Chooses where survey uploads wait from fieldback.storage.type, at run time. */
@ApplicationScoped
class SurveyFileStores {

    @Produces
    @ApplicationScoped
    SurveyFileStore surveyFileStore(StorageConfig storage, SurveyConfig config, ObjectStore objects) {
        return storage.type() == StorageType.S3 ? new ObjectSurveyFileStore(objects, config)
                : new FileSystemSurveyFileStore(config);
    }
}
