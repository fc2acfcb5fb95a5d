-- The facts of the 2025 press release (MSIT): the program, its 2025 call (results published) and the 8 projects
-- selected, each awarded 1,250,000,000 KRW over three years. The period of performance (2025-01-01 to 2027-12-31)
-- and the ACTIVE state are assumptions: the press release publishes neither. Lead institutions are referred to by
-- the fixed ids that partnership-service seeds for KRISS, Korea University Sejong and ETRI.

INSERT INTO program (id, code, name_ko, name_en, ministry_ko, ministry_en, division_ko, division_en,
                     start_year, end_year, envelope_krw)
VALUES ('a0000000-0000-4000-8000-000000002025', 'KUS',
        '한미 전략기술 선행 표준화 사업', 'Korea–US Strategic Technology Preemptive Standardization Program',
        '과학기술정보통신부', 'Ministry of Science and ICT',
        '기획조정실 미주아시아협력담당관', 'Planning and Coordination Office, Americas & Asia Cooperation Division',
        2025, 2029, 37500000000);

INSERT INTO program_partner_agency (program_id, agency_code)
VALUES ('a0000000-0000-4000-8000-000000002025', 'NIST');

INSERT INTO call_for_proposals (id, code, program_id, fiscal_year, title_ko, title_en, budget_ceiling_krw,
                                per_project_cap_krw, duration_months, selection_mode, status)
VALUES ('a0000001-0000-4000-8000-000000002025', 'KUS-2025-C01', 'a0000000-0000-4000-8000-000000002025', 2025,
        '2025년 한미 전략기술 선행 표준화 사업 신규과제 공모',
        '2025 call for new projects, Korea–US Strategic Technology Preemptive Standardization Program',
        10000000000, 1250000000, 36, 'OPEN', 'RESULTS_PUBLISHED');

INSERT INTO call_qualifying_instrument (call_id, instrument)
VALUES ('a0000001-0000-4000-8000-000000002025', 'MOU'),
       ('a0000001-0000-4000-8000-000000002025', 'LOI'),
       ('a0000001-0000-4000-8000-000000002025', 'CONFIRMATION_LETTER');

INSERT INTO project (id, code, program_id, call_id, fiscal_year, title_ko, title_en, technology_area,
                     lead_institution_id, period_start, period_end, awarded_total_krw, status)
VALUES
  ('a0000002-0000-4000-8000-000000000001', 'KUS-2025-01', 'a0000000-0000-4000-8000-000000002025',
   'a0000001-0000-4000-8000-000000002025', 2025,
   '정량적 다중 파라미터 자기공명영상 바이오마커 측정표준 개발',
   'Measurement standards for quantitative multi-parametric MRI biomarkers',
   'ADVANCED_BIO', '1b57c000-0000-4000-8000-000000000001', '2025-01-01', '2027-12-31', 1250000000, 'ACTIVE'),
  ('a0000002-0000-4000-8000-000000000002', 'KUS-2025-02', 'a0000000-0000-4000-8000-000000002025',
   'a0000001-0000-4000-8000-000000002025', 2025,
   '양자 네트워크 라우팅 및 제어/관리 핵심 기술과 표준 개발',
   'Core technologies and standards for quantum network routing and control/management',
   'QUANTUM', '1b57c000-0000-4000-8000-000000000002', '2025-01-01', '2027-12-31', 1250000000, 'ACTIVE'),
  ('a0000002-0000-4000-8000-000000000003', 'KUS-2025-03', 'a0000000-0000-4000-8000-000000002025',
   'a0000001-0000-4000-8000-000000002025', 2025,
   '첨단바이오 의약품 및 정밀의료용 바이오소재 측정표준 구축',
   'Measurement standards for advanced biopharmaceuticals and precision-medicine biomaterials',
   'ADVANCED_BIO', '1b57c000-0000-4000-8000-000000000001', '2025-01-01', '2027-12-31', 1250000000, 'ACTIVE'),
  ('a0000002-0000-4000-8000-000000000004', 'KUS-2025-04', 'a0000000-0000-4000-8000-000000002025',
   'a0000001-0000-4000-8000-000000002025', 2025,
   '7-24 GHz 대역 표준 전파채널 모델 개발',
   'Standard radio channel models for the 7–24 GHz band',
   'NEXT_GENERATION_COMMUNICATIONS', '1b57c000-0000-4000-8000-000000000003', '2025-01-01', '2027-12-31', 1250000000, 'ACTIVE'),
  ('a0000002-0000-4000-8000-000000000005', 'KUS-2025-05', 'a0000000-0000-4000-8000-000000002025',
   'a0000001-0000-4000-8000-000000002025', 2025,
   '시간단위 초의 재정의를 위한 초정확도 광시계의 개발과 초정밀 비교, 이를 이용한 정확하고 강인한 시간척도 생성 공동연구',
   'Ultra-accurate optical clocks for the redefinition of the SI second, their ultra-precise comparison, and accurate, robust timescales',
   'QUANTUM', '1b57c000-0000-4000-8000-000000000001', '2025-01-01', '2027-12-31', 1250000000, 'ACTIVE'),
  ('a0000002-0000-4000-8000-000000000006', 'KUS-2025-06', 'a0000000-0000-4000-8000-000000002025',
   'a0000001-0000-4000-8000-000000002025', 2025,
   '반도체 소자의 3D 나노구조용 극자외선 이미징 기술 개발',
   'EUV imaging for 3D nanostructures of semiconductor devices',
   'SEMICONDUCTORS', '1b57c000-0000-4000-8000-000000000001', '2025-01-01', '2027-12-31', 1250000000, 'ACTIVE'),
  ('a0000002-0000-4000-8000-000000000007', 'KUS-2025-07', 'a0000000-0000-4000-8000-000000002025',
   'a0000001-0000-4000-8000-000000002025', 2025,
   '차세대 통신을 위한 전자파 측정표준 및 측정기술 개발',
   'Electromagnetic-wave measurement standards and techniques for next-generation communications',
   'NEXT_GENERATION_COMMUNICATIONS', '1b57c000-0000-4000-8000-000000000001', '2025-01-01', '2027-12-31', 1250000000, 'ACTIVE'),
  ('a0000002-0000-4000-8000-000000000008', 'KUS-2025-08', 'a0000000-0000-4000-8000-000000002025',
   'a0000001-0000-4000-8000-000000002025', 2025,
   'Mass metrology 기반 반도체 공정 제어를 위한 인라인 모니터링 표준 기술 개발',
   'In-line monitoring standards for semiconductor process control based on mass metrology',
   'SEMICONDUCTORS', '1b57c000-0000-4000-8000-000000000001', '2025-01-01', '2027-12-31', 1250000000, 'ACTIVE');

-- Reports as the service schedules them for a new project: an annual report (연차) for each year of performance
-- but the last, due a month after that year ends, and the final report (최종) two months after the end.
INSERT INTO project_report (id, project_id, report_type, sequence, due_date, status)
SELECT gen_random_uuid(), p.id, r.report_type, r.sequence, r.due_date, 'DUE'
FROM project p
CROSS JOIN (VALUES ('ANNUAL', 1, DATE '2026-01-31'), ('ANNUAL', 2, DATE '2027-01-31'), ('FINAL', 1, DATE '2028-02-29'))
     AS r (report_type, sequence, due_date)
WHERE p.code LIKE 'KUS-2025-%';
