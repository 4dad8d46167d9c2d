package io.fieldback.complaint;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.ETags;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;

/** Departments and their supervisors, kept by admins in the database so a new supervisor needs no redeploy. */
@ApplicationScoped
public class DepartmentService {

    @Transactional
    public DepartmentView create(DepartmentRequest request) {
        requireFreeCode(request.code(), null);
        Department department = new Department();
        apply(department, request);
        // flushed here so that a code taken meanwhile fails inside the service (409) rather than at commit
        department.persistAndFlush();
        return DepartmentView.of(department);
    }

    @Transactional
    public DepartmentView get(UUID id) {
        return DepartmentView.of(find(id));
    }

    @Transactional
    public Page<DepartmentView> list(String code, Boolean active, PageParams paging) {
        Filter filter = new Filter().eq("e.code", code).eq("e.active", active == null ? Boolean.TRUE : active);
        return Keyset.page(Department.class, filter, paging, DepartmentView::of);
    }

    /** A changed code carries over to the complaints that name the department (ON UPDATE CASCADE). */
    @Transactional
    public DepartmentView update(UUID id, DepartmentRequest request, String ifMatch) {
        Department department = find(id);
        ETags.require(ifMatch, department.version);
        requireFreeCode(request.code(), id);
        apply(department, request);
        Department.flush();
        return DepartmentView.of(department);
    }

    @Transactional
    public void deactivate(UUID id) {
        find(id).active = false;
    }

    private static Department find(UUID id) {
        Department department = Department.findById(id);
        if (department == null) {
            throw ApiException.notFound("department " + id);
        }
        return department;
    }

    private static void requireFreeCode(String code, UUID self) {
        if (Department.codeTaken(code, self)) {
            throw ApiException.conflict("department code '" + code + "' is already taken");
        }
    }

    private static void apply(Department department, DepartmentRequest request) {
        department.code = request.code();
        department.name = request.name();
        department.supervisorName = request.supervisorName();
        department.supervisorContact = request.supervisorContact();
    }
}
