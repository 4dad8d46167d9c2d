package io.fieldback.complaint.internal;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.ReferenceData;
import io.fieldback.complaint.DepartmentRequest;
import io.fieldback.complaint.DepartmentService;
import io.fieldback.complaint.DepartmentView;

/** Departments and their supervisors, kept by admins in the database so a new supervisor needs no redeploy. */
@ApplicationScoped
class Departments implements DepartmentService {

    private static final ReferenceData<Department> DEPARTMENTS = new ReferenceData<>(Department.class, "department");

    @Transactional
    public DepartmentView create(DepartmentRequest request) {
        Department department = new Department();
        apply(department, request);
        return Views.department(DEPARTMENTS.create(request.code(), department));
    }

    @Transactional
    public DepartmentView get(UUID id) {
        return Views.department(DEPARTMENTS.find(id));
    }

    @Transactional
    public Page<DepartmentView> list(String code, Boolean active, PageParams paging) {
        Filter filter = new Filter().eq("e.code", code).eq("e.active", active == null ? Boolean.TRUE : active);
        return Keyset.page(Department.class, filter, paging, Views::department);
    }

    /** A changed code carries over to the complaints that name the department (ON UPDATE CASCADE). */
    @Transactional
    public DepartmentView update(UUID id, DepartmentRequest request, String ifMatch) {
        return Views.department(DEPARTMENTS.replace(DEPARTMENTS.find(id), ifMatch, request.code(), department -> apply(department, request)));
    }

    @Transactional
    public void deactivate(UUID id) {
        DEPARTMENTS.find(id).active = false;
    }

    private static void apply(Department department, DepartmentRequest request) {
        department.code = request.code();
        department.name = request.name();
        department.supervisorName = request.supervisorName();
        department.supervisorContact = request.supervisorContact();
    }
}
