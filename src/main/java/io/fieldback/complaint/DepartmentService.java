package io.fieldback.complaint;

/** The departments that own complaints and whose supervisors get escalations. */
public interface DepartmentService {

    DepartmentView create(DepartmentRequest request);
}
