using static FramingAnalyzer.Tests.Sourcing.SourcingKit;

namespace FramingAnalyzer.Tests.Sourcing;

/// <summary>
/// What stands before a role word can change what the role says (issue 13; constructions met in real US news, the
/// sentences written here): a sector before "leaders" names whose leaders they are ("business leaders", "faith
/// leaders", "community leaders"); a veteran of a service is a member of the public, not the service, and so is a viewer,
/// subscriber, listener or depositor of an institution; a courtesy title
/// loses to the office before it ("County health officer Dr. Lena Ruiz"); "fellow" before a noun is no research fellow; a
/// capitalised role word after a given name is a surname ("Elizabeth Banks"); of two groups joined by "and" the first
/// is the main voice.
/// </summary>
public class ModifiedRoleTypingTests
{
    [Theory]
    [InlineData("Business leaders said the tariffs would hurt small manufacturers.", "Business leaders", "business")]
    [InlineData("Tech leaders said the bill would chill innovation.", "Tech leaders", "business")]
    [InlineData("Faith leaders urged calm after the verdict.", "Faith leaders", "ngo_intl")]
    [InlineData("A Lutheran church leader said the congregation would take in two families.", "A Lutheran church leader", "ngo_intl")]
    [InlineData("Civil rights leaders said the ruling was a setback.", "Civil rights leaders", "ngo_intl")]
    [InlineData("Community leaders said the new police chief had yet to visit the neighborhood.", "Community leaders", "citizen")]
    [InlineData("Medical leaders said the hospitals were near capacity.", "Medical leaders", "expert")]
    [InlineData("World leaders said the agreement would hold.", "World leaders", "official")]
    [InlineData("Party leaders said the convention would go ahead.", "Party leaders", "political")]
    public void A_sector_before_leaders_says_whose_leaders_they_are(string text, string source, string type) =>
        Assert.Equal(type, TypeOfSource(text, source));

    [Theory]
    [InlineData("A 29-year-old Army veteran said he had waited a year for treatment.", "A 29-year-old Army veteran", "citizen")]
    [InlineData("Two Navy veterans said the clinic had closed.", "Two Navy veterans", "citizen")]
    public void A_veteran_of_a_service_is_a_member_of_the_public(string text, string source, string type) =>
        Assert.Equal(type, TypeOfSource(text, source));

    [Theory]
    [InlineData("A longtime Harbor News viewer said she no longer trusted the network.", "A longtime Harbor News viewer", "citizen")]
    [InlineData("A Valley Times subscriber wrote that the paper had lost its way.", "A Valley Times subscriber", "citizen")]
    [InlineData("Harbor Radio listeners said the station had gone silent for an hour.", "Harbor Radio listeners", "citizen")]
    [InlineData("A Harbor Savings Bank depositor said she had waited two weeks for her money.", "A Harbor Savings Bank depositor", "citizen")]
    public void Who_watches_reads_or_banks_with_an_institution_is_a_member_of_the_public_not_its_voice(string text, string source, string type) =>
        Assert.Equal(type, TypeOfSource(text, source));

    [Theory]
    [InlineData("Ivo Marsh, a vice president at Carrow Biologics, a vaccine maker, said trials would begin in May.", "Ivo Marsh, a vice president at Carrow Biologics, a vaccine maker", "business")]
    [InlineData("Lyle Becker, vice president for manufacturing at Hollister Air Systems, said the plant would move.", "Lyle Becker, vice president for manufacturing at Hollister Air Systems", "business")]
    [InlineData("Vice President Tomas Brenn said the talks would resume.", "Vice President Tomas Brenn", "official")]
    [InlineData("Tomas Brenn, the vice president of Karvania, said the talks would resume.", "Tomas Brenn, the vice president of Karvania", "official")]
    public void A_vice_president_at_a_body_no_lexicon_knows_is_a_company_officer(string text, string source, string type) =>
        Assert.Equal(type, TypeOfSource(text, source));

    [Theory]
    [InlineData("Carol Nunn, a spokeswoman for the Indiana Manufacturers Association, said factory jobs were still below their peak.", "Carol Nunn, a spokeswoman for the Indiana Manufacturers Association", "business")]
    [InlineData("The Harbor State Bankers Association said lending had slowed.", "The Harbor State Bankers Association", "business")]
    [InlineData("Harbor Capital said it would sell its stake.", "Harbor Capital", "business")]
    [InlineData("The Harbor Teachers Association said the strike would go ahead.", "The Harbor Teachers Association", "ngo_intl")]
    public void An_association_of_an_industry_speaks_for_business_and_a_firm_name_says_company(string text, string source, string type) =>
        Assert.Equal(type, TypeOfSource(text, source));

    [Theory]
    [InlineData("Ray Dunmore, commander of Harbor Legion Post 176 in Scranton, said the post would host both campaigns.", "Ray Dunmore, commander of Harbor Legion Post 176 in Scranton", "ngo_intl")]
    [InlineData("Ray Dunmore, an editor at the Harbor Post, said the paper would endorse no one.", "Ray Dunmore, an editor at the Harbor Post", "media")]
    [InlineData("Carla Benz, a 52-year-old assembler at the Harbor Motors plant, said she had not decided.", "Carla Benz, a 52-year-old assembler at the Harbor Motors plant", "citizen")]
    public void A_numbered_post_is_a_chapter_and_a_worker_at_a_plant_speaks_for_herself(string text, string source, string type) =>
        Assert.Equal(type, TypeOfSource(text, source));

    [Theory]
    [InlineData("Jenna Fitch, a nurse who chairs the Harbor County Democratic Party, said the law would be the party's issue.", "Jenna Fitch, a nurse who chairs the Harbor County Democratic Party", "political")]
    [InlineData("Jenna Fitch, a nurse who works at Harbor General Hospital, said the ward was full.", "Jenna Fitch, a nurse who works at Harbor General Hospital", "citizen")]
    [InlineData("Walt Grimes, a Baptist pastor and Republican state legislator from Gastonia, said he would block the bill.", "Walt Grimes, a Baptist pastor and Republican state legislator from Gastonia", "political")]
    [InlineData("Walt Grimes, a farmer and county commissioner, said the road would be paved.", "Walt Grimes, a farmer and county commissioner", "official")]
    [InlineData("Walt Grimes, a farmer and father of three, said the road had flooded twice.", "Walt Grimes, a farmer and father of three", "citizen")]
    public void An_office_held_or_a_body_led_says_more_than_a_job_of_their_own(string text, string source, string type) =>
        Assert.Equal(type, TypeOfSource(text, source));

    [Theory]
    [InlineData("Cal Norr, a Harbor University junior, said students who disagree now keep quiet.", "Cal Norr, a Harbor University junior", "citizen")]
    [InlineData("Kendra Lowe, legal director of the Southern Ballot Access Project, said her group had received complaints.", "Kendra Lowe, legal director of the Southern Ballot Access Project", "ngo_intl")]
    [InlineData("The group said it would sue, and its court filing argues that the tactics break the law.", "its court filing", "document")]
    [InlineData("The Verner Foundation, a charity, gave $2 million to campus groups last year. A spokeswoman for the foundation said the grants support civic engagement.", "A spokeswoman for the foundation", "ngo_intl")]
    public void Students_projects_filings_and_foundations_are_typed_as_what_they_are(string text, string source, string type) =>
        Assert.Equal(type, TypeOfSource(text, source));

    [Theory]
    [InlineData("County health officer Dr. Lena Ruiz said the clinic would reopen.", "County health officer Dr. Lena Ruiz", "official")]
    [InlineData("Dr. Lena Ruiz said the clinic would reopen.", "Dr. Lena Ruiz", "expert")]
    public void A_courtesy_title_loses_to_the_office_before_it(string text, string source, string type) =>
        Assert.Equal(type, TypeOfSource(text, source));

    [Theory]
    [InlineData("Fellow Republican Sen. Tom Hale said the bill would not pass.", "Fellow Republican Sen. Tom Hale", "political")]
    [InlineData("Ada Holm, a senior fellow at the Harbor Institute, said the study was sound.", "Ada Holm, a senior fellow at the Harbor Institute", "expert")]
    public void Fellow_is_a_title_only_before_a_name_or_after_senior(string text, string source, string type) =>
        Assert.Equal(type, TypeOfSource(text, source));

    [Fact]
    public void Fellow_before_a_noun_is_no_research_fellow() =>
        Assert.NotEqual("expert", TypeOfSource("Fellow actress Dana Morrow said she had seen the same treatment.", "Fellow actress Dana Morrow"));

    [Theory]
    [InlineData("A well-known virologist with a military background said the outbreak was under control.", "A well-known virologist with a military background", "expert")]
    [InlineData("Mourners said the pastor had fed half the town.", "Mourners", "citizen")]
    [InlineData("Veteran operatives said the field offices opened too late.", "Veteran operatives", "political")]
    [InlineData("Ada Brisk, a lifelong Republican from Dayton, said she would vote for the challenger.", "Ada Brisk, a lifelong Republican from Dayton", "citizen")]
    [InlineData("Tom Pike, a registered Democrat, said he had not decided.", "Tom Pike, a registered Democrat", "citizen")]
    [InlineData("A Red Cross volunteer said the shelter was full.", "A Red Cross volunteer", "ngo_intl")]
    [InlineData("A 34-year-old Canadian citizen, Marie Tremblay, said she had waited six hours at the border.", "A 34-year-old Canadian citizen, Marie Tremblay", "citizen")]
    [InlineData("Tom Hale, the county's Republican chairman, said the charges were weak.", "Tom Hale, the county's Republican chairman", "political")]
    [InlineData("Tom Hale, a Republican consultant, said the ad would backfire.", "Tom Hale, a Republican consultant", "political")]
    [InlineData("Tom Hale, a former speechwriter for the senator, said the line was his.", "Tom Hale, a former speechwriter for the senator", "political")]
    [InlineData("Tom Hale, a top fundraiser for the nominee, said donors were nervous.", "Tom Hale, a top fundraiser for the nominee", "political")]
    [InlineData("Tom Hale, a former Navy SEAL, said the base would close.", "Tom Hale, a former Navy SEAL", "expert")]
    [InlineData("Lily Bach, a former Democratic tax aide now teaching at Harbor University, said the losses would outstrip the gains.", "Lily Bach, a former Democratic tax aide now teaching at Harbor University", "expert")]
    [InlineData("Ada Holm, a former Senate aide now a professor of history, said the tariff would pass.", "Ada Holm, a former Senate aide now a professor of history", "expert")]
    [InlineData("Tom Kade, an outside adviser to the campaign on tax issues and an associate professor at Harbor University, said the plan was fair.", "Tom Kade, an outside adviser to the campaign on tax issues and an associate professor at Harbor University", "political")]
    [InlineData("Research conducted by the Harbor Center for Media found the network favoured one party.", "Research conducted by the Harbor Center for Media", "document")]
    [InlineData("The Harbor Research Center found that most voters were undecided.", "The Harbor Research Center", "expert")]
    [InlineData("The findings suggest the drug works.", "The findings", "document")]
    [InlineData("Tom Hale, a Sanders supporter and union member, said he would stay home.", "Tom Hale, a Sanders supporter and union member", "citizen")]
    [InlineData("Harbor Hawks GM Tom Vell asked why the league had waited so long.", "Harbor Hawks GM Tom Vell", "business")] // a team's general manager
    [InlineData("Members of President Ada Holm's flood task force said on Tuesday that the repairs would take a year.", "Members of President Ada Holm's flood task force", "official")]
    [InlineData("Members of the city council said the vote was rushed.", "Members of the city council", "political")] // elected, as council members are
    [InlineData("French sporting goods retailer Vellmart has confirmed it will not stock the jacket.", "French sporting goods retailer Vellmart", "business")] // "sporting" modifies "goods", the role is the head
    [InlineData("Rapid tests could curb the outbreak, according to some of the country's top medical professionals.", "some of the country's top medical professionals", "expert")]
    [InlineData("Campaigners say hostility towards the town's refugees is growing.", "Campaigners", "ngo_intl")] // campaigning for a cause, as advocacy groups do
    [InlineData("Ada Holm, the first woman to head the Ministry of Ports, said the harbour would reopen.", "Ada Holm, the first woman to head the Ministry of Ports", "official")] // the body she leads, not "woman"
    [InlineData("Tom Vell, the first man to run the marathon twice, said the course was hard.", "Tom Vell, the first man to run the marathon twice", "citizen")]
    [InlineData("The Harbor Mine Workers of America said the strike would go on.", "The Harbor Mine Workers of America", "ngo_intl")] // people in the plural heading a name: an association
    [InlineData("Nita Lowe, president of Concerned Women for Eastmoor, said the law was wrong.", "Nita Lowe, president of Concerned Women for Eastmoor", "ngo_intl")]
    [InlineData("Tom Hale, director of Parents for Safer Schools, said the vote was close.", "Tom Hale, director of Parents for Safer Schools", "ngo_intl")]
    [InlineData("Lawyers for Tom Hale asked the court to hear his appeal.", "Lawyers for Tom Hale", "citizen")] // a client, not an association
    [InlineData("Paul Rieck, founder and CEO of Iraq and Harbor Veterans of Eastmoor, said the plan was late.", "Paul Rieck, founder and CEO of Iraq and Harbor Veterans of Eastmoor", "ngo_intl")] // two roles of one body
    [InlineData("Ana Brun, a developer and spokeswoman for the Vell Investment Coalition, said the rules were unfair.", "Ana Brun, a developer and spokeswoman for the Vell Investment Coalition", "business")] // the first description is the capacity
    public void More_role_words_of_real_news(string text, string source, string type) =>
        Assert.Equal(type, TypeOfSource(text, source));

    [Theory]
    [InlineData("Pop singer Lina Vale told fans she would not perform in the state.", "Pop singer Lina Vale", "citizen")]
    [InlineData("The actress said on Tuesday that she had been followed for weeks.", "The actress", "citizen")]
    [InlineData("The Grammy-winning crooner told her followers that change begins now.", "The Grammy-winning crooner", "citizen")]
    [InlineData("Two women who waited outside the courthouse said they had come from Ohio.", "Two women who waited outside the courthouse", "citizen")]
    [InlineData("The young man complained that the line had not moved in an hour.", "The young man", "citizen")]
    [InlineData("Conservative Christians said the rule trampled on their beliefs.", "Conservative Christians", "citizen")]
    [InlineData("Football fans said the ticket prices were out of reach.", "Football fans", "citizen")]
    [InlineData("A reader wrote that the paper had ignored the strike.", "A reader", "citizen")]
    [InlineData("\"She can't be trusted,\" a narrator in the Holm ad says.", "a narrator in the Holm ad", "political")] // the voice of a campaign ad
    [InlineData("Major donors said they would stop giving to the party.", "Major donors", "political")] // political money
    [InlineData("A blood donor said the clinic was crowded.", "A blood donor", "citizen")]
    [InlineData("A conservative group said the judge was biased.", "A conservative group", "ngo_intl")] // an advocacy group by its leaning
    public void Members_of_the_public_by_what_they_are(string text, string source, string type) =>
        Assert.Equal(type, TypeOfSource(text, source));

    [Theory]
    [InlineData("Tom Hale, 54, a Republican, said he would vote for the third-party candidate.", "Tom Hale, 54, a Republican", "citizen")]
    [InlineData("Tom Hale, a Republican who owns a hardware store, said taxes were too high.", "Tom Hale, a Republican who owns a hardware store", "citizen")]
    [InlineData("Ada Brisk, a Democrat who represents the 5th District, said taxes were too high.", "Ada Brisk, a Democrat who represents the 5th District", "political")]
    [InlineData("Tom Hale, a Republican strategist, said taxes were too high.", "Tom Hale, a Republican strategist", "political")]
    public void A_person_described_only_as_a_party_member_is_a_voter(string text, string source, string type) =>
        Assert.Equal(type, TypeOfSource(text, source));

    [Theory]
    [InlineData("Two-thirds of Republicans said the nominee should release his tax returns.", "Two-thirds of Republicans", "citizen")]
    [InlineData("Fifty-two percent of Democrats said the party should move left.", "Fifty-two percent of Democrats", "citizen")]
    [InlineData("Republicans in the survey said the economy was their first concern.", "Republicans in the survey", "citizen")]
    [InlineData("A Republican who attended the rally in Akron said he would vote for the nominee.", "A Republican who attended the rally in Akron", "citizen")]
    [InlineData("Independents said they were still undecided.", "Independents", "citizen")]
    [InlineData("Republicans in the Senate said the bill would not pass.", "Republicans in the Senate", "political")]
    [InlineData("Some Republicans said they would not campaign with the nominee.", "Some Republicans", "political")]
    [InlineData("A Republican who represents the district said the plant would stay open.", "A Republican who represents the district", "political")]
    public void Party_members_a_poll_counts_or_who_act_as_voters_are_the_public(string text, string source, string type) =>
        Assert.Equal(type, TypeOfSource(text, source));

    [Theory]
    [InlineData("A coal miner in Logan County said the plant had been his life.", "A coal miner in Logan County")]
    [InlineData("An electrician from Dayton said he had never voted before.", "An electrician from Dayton")]
    [InlineData("Truck drivers at the depot said the new rules cost them hours.", "Truck drivers at the depot")]
    public void Working_people_named_by_their_trade_are_the_public(string text, string source) =>
        Assert.Equal("citizen", TypeOfSource(text, source));

    [Theory]
    [InlineData("Officials and commuters said the fire started near the platform.", "Officials and commuters", "official")]
    [InlineData("Opposition activists and lawyers said the port rules were unfair.", "Opposition activists and lawyers", "citizen")]
    [InlineData("Democratic lawmakers and environmental groups said the rule was too weak.", "Democratic lawmakers and environmental groups", "political")]
    [InlineData("Nurses and other public health experts said the masks worked.", "Nurses and other public health experts", "expert")]
    public void Two_groups_joined_by_and_take_the_first_ones_role_unless_the_second_is_other(string text, string source, string type) =>
        Assert.Equal(type, TypeOfSource(text, source));

    [Fact]
    public void A_role_word_after_a_given_name_is_a_surname() =>
        Assert.NotEqual(FramingAnalyzer.Sourcing.TypeEvidence.Role, OnlyTyped("Elizabeth Banks said the film was finished.").TypeEvidence);

    [Fact]
    public void A_capitalised_role_word_inside_an_institutions_name_is_part_of_the_name() =>
        Assert.Equal("official", TypeOfSource("The state's Workers' Compensation Board said the claim was valid.", "The state's Workers' Compensation Board"));

    [Theory]
    [InlineData("\"I want someone who will fix the economy,\" said Jane Doe, 45, a lawyer from Cleveland.", "Jane Doe, 45, a lawyer from Cleveland", "citizen")]
    [InlineData("Tom Reed, a 52-year-old engineer, said he had voted for the other party twice.", "Tom Reed, a 52-year-old engineer", "citizen")]
    [InlineData("A 38-year-old physician from Tampa said she was still undecided.", "A 38-year-old physician from Tampa", "citizen")]
    [InlineData("Dr. Lena Ruiz, a cardiologist at Harbor Hospital, said the drug was safe.", "Dr. Lena Ruiz, a cardiologist at Harbor Hospital", "expert")]
    [InlineData("Ada Brisk, 61, a retired judge, said the ruling was sound.", "Ada Brisk, 61, a retired judge", "expert")]
    [InlineData("\"He talks like us,\" said Ray Dunmore, a 61-year-old contractor from Staten Island who wore a red campaign cap.", "Ray Dunmore, a 61-year-old contractor from Staten Island who wore a red campaign cap", "citizen")]
    [InlineData("Tess Varga, 22, a nursing student at Eastmoor State University, said she caucused for the first time.", "Tess Varga, 22, a nursing student at Eastmoor State University", "citizen")]
    [InlineData("Tom Avery, 58, the chief executive of Delmont Motors, said costs had tripled.", "Tom Avery, 58, the chief executive of Delmont Motors", "business")]
    public void A_person_given_an_age_speaks_as_a_member_of_the_public_whatever_their_profession(string text, string source, string type) =>
        Assert.Equal(type, TypeOfSource(text, source));

    [Fact]
    public void One_of_a_listed_bodys_members_speaks_for_it_whatever_else_the_apposition_says() =>
        Assert.Equal("ngo_intl", TypeOfSource("\"We were singing,\" said Ilse Varn, 22, a history student and one of the organisers.",
            "Ilse Varn, 22, a history student and one of the organisers"));
}
