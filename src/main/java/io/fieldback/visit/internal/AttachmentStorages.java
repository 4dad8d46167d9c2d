package io.fieldback.visit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.fieldback.storage.ObjectStore;
import io.fieldback.storage.StorageConfig;
import io.fieldback.storage.StorageType;
import io.fieldback.visit.AttachmentStorage;

/** Chooses where attachments live from fieldback.storage.type, at run time (one packaged app serves both). */
@ApplicationScoped
public class AttachmentStorages {

    @Produces
    @ApplicationScoped
    AttachmentStorage attachmentStorage(StorageConfig storage, VisitConfig config, ObjectStore objects) {
        return storage.type() == StorageType.S3 ? new ObjectAttachmentStorage(objects, config)
                : new FileSystemAttachmentStorage(config);
    }
}
