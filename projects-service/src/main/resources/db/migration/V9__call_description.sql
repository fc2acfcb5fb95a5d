-- A call says what it funds, in Korean and English (shown to partners and aggregators as a CommonGrants
-- opportunity's description). Optional for calls already made; the 2025 call gets the press release's summary.
ALTER TABLE call_for_proposals
    ADD COLUMN description_ko VARCHAR(4000),
    ADD COLUMN description_en VARCHAR(4000);

-- The 2025 call. Its application period is an assumption, like its projects' period of performance (2025-01-01
-- onwards): the press release gives no dates, and a call's dates are what a CommonGrants search filters by.
UPDATE call_for_proposals
SET description_ko = '미국 국립표준기술연구소(NIST)와 연구 협력에 합의(MOU/LOI 체결 또는 NIST 서한 수신)한 국내 연구기관을 대상으로, '
                     || '국가전략기술 분야의 표준 개발 및 구현과 연계된 공동연구를 지원한다. 과제당 3년간 총 12.5억 원, '
                     || '국내 연구인력의 NIST 파견과 공동 워크숍을 포함한다.',
    description_en = 'Supports Korean research institutions that have agreed research cooperation with the US National '
                     || 'Institute of Standards and Technology (an MOU or LOI, or a letter from NIST) in joint research '
                     || 'tied to developing and implementing standards in national strategic technologies: 1.25 billion '
                     || 'KRW per project over three years, including researchers'' dispatch to NIST and joint workshops.',
    opens_on = DATE '2024-11-01',
    closes_on = DATE '2024-11-29',
    version = version + 1,
    updated_at = now()
WHERE id = 'a0000001-0000-4000-8000-000000002025';
