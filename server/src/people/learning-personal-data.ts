import type { Db } from '@levain/db';

/**
 * What the person's learning and expertise say about them (GDPR right of access): their skills,
 * the endorsements they received and gave, the paths they took or were assigned (with the due
 * date and who assigned them), the lessons they completed, their quiz attempts and certificates.
 */
export async function exportLearningPersonalData(db: Db, id: string) {
  const [
    skills,
    endorsementsReceived,
    endorsementsGiven,
    enrollments,
    lessonsCompleted,
    quizAttempts,
    certificates,
  ] = await Promise.all([
    db.query.userSkills.findMany({
      where: { userId: id },
      columns: { createdAt: true },
      with: { skill: { columns: { label: true } } },
    }),
    db.query.skillEndorsements.findMany({
      where: { userId: id },
      columns: { endorserId: true, createdAt: true },
      with: { skill: { columns: { label: true } } },
    }),
    db.query.skillEndorsements.findMany({
      where: { endorserId: id },
      columns: { userId: true, createdAt: true },
      with: { skill: { columns: { label: true } } },
    }),
    db.query.enrollments.findMany({
      where: { userId: id },
      columns: { pathId: true, assignedById: true, dueAt: true, enrolledAt: true, completedAt: true },
      with: { path: { columns: { title: true } } },
    }),
    db.query.lessonCompletions.findMany({
      where: { userId: id },
      columns: { lessonId: true, completedAt: true },
    }),
    db.query.quizAttempts.findMany({
      where: { userId: id },
      columns: {
        quizId: true,
        quizVersion: true,
        answers: true,
        score: true,
        passed: true,
        submittedAt: true,
      },
    }),
    db.query.certificates.findMany({
      where: { userId: id },
      columns: { id: true, pathId: true, pathVersion: true, issuedAt: true },
    }),
  ]);
  return {
    skills: skills.map((s) => ({ skill: s.skill.label, addedAt: s.createdAt })),
    endorsementsReceived: endorsementsReceived.map((e) => ({
      skill: e.skill.label,
      endorserId: e.endorserId,
      at: e.createdAt,
    })),
    endorsementsGiven: endorsementsGiven.map((e) => ({
      skill: e.skill.label,
      userId: e.userId,
      at: e.createdAt,
    })),
    enrollments: enrollments.map(({ path, ...e }) => ({ ...e, pathTitle: path.title })),
    lessonsCompleted,
    quizAttempts,
    certificates,
  };
}
