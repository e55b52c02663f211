package app.bettertalk.cli.demo;

import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Output;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.admin.ListUsers;
import app.bettertalk.core.community.GroupCard;
import app.bettertalk.core.community.JoinGroup;
import app.bettertalk.core.community.ListGroups;
import app.bettertalk.core.community.SeedGroups;
import app.bettertalk.core.community.ViewGroup;
import app.bettertalk.core.community.WritePost;
import app.bettertalk.core.identity.CompleteOnboarding;
import app.bettertalk.core.identity.Consent;
import app.bettertalk.core.identity.EmailAddress;
import app.bettertalk.core.identity.GoogleSubject;
import app.bettertalk.core.identity.IdentifyActor;
import app.bettertalk.core.identity.SignIn;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.mentor.ApplyAsMentor;
import app.bettertalk.core.mentor.CreatePlan;
import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.core.mentor.Plan;
import app.bettertalk.core.mentor.VerifyMentor;
import app.bettertalk.core.mentor.ViewMentor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Paise;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code bettertalk demo seed}: a few groups, verified mentors with plans, and members with posts, so a newcomer
 * sees a living product. Demo accounts sign in through development sign-in with their email. Running it again adds
 * nothing; it refuses a database that has real accounts unless {@code --force}.
 */
@Command(name = "seed", mixinStandardHelpOptions = true,
        header = "Fill the database with sample groups, mentors, plans, members and posts.")
public final class DemoSeedCommand implements Callable<Integer> {
    static final String DEMO_DOMAIN = "@demo.bettertalk.app";

    private final Supplier<UseCases> useCases;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--force", description = "Seed even though the database has accounts that are not demo ones.")
    boolean force;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    public DemoSeedCommand(Supplier<UseCases> useCases) {
        this.useCases = useCases;
    }

    /** The use cases the seed plays: those of newcomers, mentors, members and the operator. */
    public record UseCases(ListUsers listUsers, SeedGroups seedGroups, SignIn signIn,
                           CompleteOnboarding completeOnboarding, ViewMentor viewMentor, ApplyAsMentor applyAsMentor,
                           VerifyMentor verifyMentor, IdentifyActor identifyActor, CreatePlan createPlan,
                           ListGroups listGroups, JoinGroup joinGroup, ViewGroup viewGroup, WritePost writePost) {
    }

    private record Person(String username, String name, String bio) {
    }

    /** What each demo mentor lists, different for each so the directory's filters have something to tell apart. */
    private record Tags(List<String> expertise, List<String> languages, int years) {
    }

    private static final Map<String, Tags> MENTOR_TAGS = Map.of(
            "meera_listens", new Tags(List.of("anxiety", "burnout", "career"), List.of("English", "Tamil"), 9),
            "arjun_coach", new Tags(List.of("breakups", "self-growth", "confidence"), List.of("English", "Hindi"), 6),
            "kavya_care", new Tags(List.of("loneliness", "anxiety", "family"), List.of("Malayalam", "English", "Hindi"),
                    4));

    private static final List<SeedGroups.Draft> GROUPS = List.of(
            new SeedGroups.Draft("Anxiety", "Racing thoughts, sleepless nights and what helps."),
            new SeedGroups.Draft("Breakups", "Getting through the end of a relationship."),
            new SeedGroups.Draft("Career stress", "Work pressure, exams and burnout."),
            new SeedGroups.Draft("Self-growth", "Habits, confidence and small daily wins."),
            new SeedGroups.Draft("Loneliness", "Finding connection in a busy city."));

    private static final List<Person> MENTORS = List.of(
            new Person("meera_listens", "Meera Iyer", "Counselling psychologist; anxiety and burnout."),
            new Person("arjun_coach", "Arjun Rao", "Life coach; breakups and self-worth."),
            new Person("kavya_care", "Kavya Menon", "Peer-support lead; loneliness and transitions."));

    private static final List<Person> MEMBERS = List.of(
            new Person("quiet_river", "Demo member", ""),
            new Person("night_owl", "Demo member", ""),
            new Person("sunny_side", "Demo member", ""));

    @Override
    public Integer call() {
        var uses = useCases.get();
        var real = uses.listUsers().list(new ListUsers.Query(Actor.operator(), List.of(), 100_000)).stream()
                .filter(user -> !user.email().value().endsWith(DEMO_DOMAIN)).count();
        if (real > 0 && !force) {
            throw new IllegalStateException("this database has " + real + " account" + (real == 1 ? "" : "s")
                    + " that are not demo ones; refusing to add sample data (use --force to add it anyway)");
        }
        var counts = new LinkedHashMap<String, Integer>();
        var groups = uses.seedGroups().seed(new SeedGroups.Command(Actor.operator(), GROUPS));
        counts.put("groupsCreated", groups.created().size());
        counts.put("mentorsCreated", (int) MENTORS.stream().filter(mentor -> seedMentor(uses, mentor)).count());
        counts.put("membersCreated", (int) MEMBERS.stream().filter(member -> account(uses, member).created).count());
        counts.put("postsWritten", seedPosts(uses));
        var out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, counts);
        } else {
            counts.forEach((what, count) -> out.println(what + ": " + count));
            out.println("Sign in with development sign-in as any of: " + String.join(", ",
                    MENTORS.stream().map(DemoSeedCommand::email).toList()) + ", " + String.join(", ",
                    MEMBERS.stream().map(DemoSeedCommand::email).toList()));
        }
        return ExitCodes.OK;
    }

    private record Account(Actor actor, boolean created) {
    }

    private static String email(Person person) {
        return person.username().replace('_', '.') + DEMO_DOMAIN;
    }

    /** Signs the person in as development sign-in would, and onboards them once. */
    private static Account account(UseCases uses, Person person) {
        var email = new EmailAddress(email(person));
        var signedIn = uses.signIn().signIn(new SignIn.Command(new GoogleSubject("dev:" + email.value()), email,
                person.name()));
        User user = signedIn.user();
        if (!user.onboarded()) {
            user = uses.completeOnboarding().complete(new CompleteOnboarding.Command(user.asActor(), "9876500000",
                    "32", person.username(), Consent.CURRENT));
        }
        return new Account(user.asActor(), signedIn.firstTime());
    }

    private static boolean seedMentor(UseCases uses, Person person) {
        var account = account(uses, person);
        var mentorId = account.actor().id();
        try {
            uses.viewMentor().view(new ViewMentor.Query(Actor.operator(), mentorId));
        } catch (DomainException.NotFound none) {
            var tags = MENTOR_TAGS.get(person.username());
            uses.applyAsMentor().apply(new ApplyAsMentor.Command(account.actor(), new Mentor.Details(person.bio(),
                    person.bio() + " I listen without judging and help you find your next step.",
                    tags.expertise(), tags.languages(), tags.years())));
        }
        uses.verifyMentor().verify(new VerifyMentor.Command(Actor.operator(), mentorId, true));
        var actor = uses.identifyActor().identify(mentorId);
        if (uses.viewMentor().view(new ViewMentor.Query(actor, mentorId)).plans().isEmpty()) {
            for (var days : List.of(3, 5, 7)) {
                uses.createPlan().create(new CreatePlan.Command(actor, new Plan.Terms(
                        "Support - 30 min + " + days + " days chat", "A live call, then " + days
                        + " days of chat to keep going.", Paise.ofRupees(299L + 100L * days), 30, days)));
            }
        }
        return account.created();
    }

    private static int seedPosts(UseCases uses) {
        var written = 0;
        var members = MEMBERS.stream().map(member -> account(uses, member).actor()).toList();
        var cards = uses.listGroups().list(new ListGroups.Query(Actor.operator()));
        for (var i = 0; i < cards.size(); i++) {
            GroupCard card = cards.get(i);
            var author = members.get(i % members.size());
            uses.joinGroup().join(new JoinGroup.Command(author, card.group().id()));
            var page = uses.viewGroup().view(new ViewGroup.Query(author, card.group().id(), 1));
            if (page.posts().isEmpty()) {
                uses.writePost().write(new WritePost.Command(author, card.group().id(),
                        "Hi everyone. First time here. Some days in " + card.group().name().toLowerCase()
                                + " feel heavier than others; what has helped you?"));
                written++;
            }
        }
        return written;
    }
}
