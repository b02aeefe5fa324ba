// Copyright 2026 The opsroles Authors. SPDX-License-Identifier: Apache-2.0

package corpus

var english = prose{
	resumeWord:    "Resume",
	workHead:      "EXPERIENCE",
	projectHead:   "SELECTED PROJECTS",
	educationHead: "EDUCATION",
	skillsHead:    "SKILLS",
	selfHead:      "ABOUT ME",
	aboutHead:     "About us",
	dutiesHead:    "What you will do:",
	requireHead:   "What we are looking for:",
	benefitsHead:  "What we offer:",
	nameLine:      "{person}",
	objective:     "Looking for: ",
	jobLine:       "{period}  {company}, {city}",
	educationLine: "{study}  {univ}, B.A. in {major}",
	skillsLead:    "Tools and skills: ",
	listSep:       ", ",
	listDot:       ". ",

	opsTitles: []string{
		"{area} Specialist", "Senior {area} Manager", "{area} Lead", "{area} Associate",
		"Head of {area}", "{area} Manager ({industry})", "{area} Intern", "Director, {area}",
	},

	contact: []string{
		"{city} | +1 555 {big} {big} | candidate{big}@example.com | linkedin.com/in/candidate{big}",
		"Phone: (555) {big}-{big}  Email: person{big}@example.com  Location: {city}",
	},
	summaryHead: []string{"SUMMARY", "PROFILE", "HIGHLIGHTS"},
	projectLine: []string{
		"{product} relaunch ({year}), project owner",
		"Regional pop-up events in {city} ({year}), lead organizer",
		"Loyalty program redesign for {product} ({year}), core team member",
	},
	jobMeta: []string{
		" - {city} (hybrid), full time", " | Remote, {city} time zone | Full-time", " ({city}, on site)",
	},
	companyIntro: []string{
		"{company} was founded in {year} and helps {industry} businesses serve their customers better. ",
		"Our product, {product}, is used by more than {big} thousand people in {n} countries. ",
		"We are a team of {big} people spread across three offices and many home desks. ",
		"We raised our Series B last year and have grown revenue every quarter since. ",
		"We care about clear writing, honest feedback and shipping small improvements often. ",
		"The office is a short walk from the central station and has a very good coffee machine. ",
		"Our customers range from family-run shops to national chains with hundreds of locations. ",
	},
	requirements: []string{
		"{n}+ years of experience in {area}, ideally in {industry}.",
		"Strong {skill}; comfortable working with {tool} every day.",
		"You know what moves {kpi} and how to prove it.",
		"Hands-on experience with {method}.",
		"A track record in {duty}, with examples you can walk us through.",
		"Excellent written and spoken English; Mandarin is a plus.",
		"You like to work across teams and can say no politely.",
		"Bachelor's degree or equivalent experience.",
	},

	benefits: []string{
		"Competitive salary and equity", "Health, dental and vision insurance", "{n} days of paid vacation",
		"A yearly learning budget", "Flexible hours and remote-friendly culture", "Parental leave of {n} weeks",
	},
	applyLine: []string{
		"Send your resume and a short note to jobs{big}@example.com.",
		"Apply through our careers page; we answer every application within {n} days.",
	},
	opsBullets: []string{
		"Owned {area} for {product}, setting quarterly goals around {kpi} and raising it by {pct}.",
		"Led a {duty} project; used {method} to find the biggest leak and lifted {kpi} by {pct} in three months.",
		"Built the {duty} playbook for {channel}, reaching {big}k users with a documented process.",
		"Created {tool} dashboards tracking {kpi} and {kpi}, reviewed weekly with leadership.",
		"Planned and ran {n} campaigns covering {duty}; {kpi} grew {pct} quarter over quarter.",
		"Applied {method} to break down targets and coordinated product, design and engineering.",
		"Ran the {channel} account day to day, using {skill} to choose topics; followers grew from {big} to {big}k.",
		"Segmented users by value and ran {duty} for the top tier, improving {kpi} by {pct}.",
		"Worked with sales on {duty}, tracking every lead in {tool}.",
		"Managed a team of {n} doing {area} and coached them in {skill}.",
	},
	plainBullets: []string{
		"Joined weekly planning meetings and kept the status page up to date.",
		"Collected and sorted {big} pieces of customer feedback for the product team.",
		"Helped organize {n} community meetups in {city} with about {big} attendees each.",
		"Wrote onboarding guides so new colleagues could get started in their first week.",
		"Managed vendor contracts and followed up on invoices and payments.",
		"Took part in annual budget planning and split it into monthly plans.",
	},

	plainSentences: []string{
		"{n} years in {industry}, known for getting things done and writing them down.",
		"Friendly, curious and quick to learn new tools.",
		"I enjoy turning messy problems into simple checklists.",
		"Outside work I run, read history and volunteer at a local food bank.",
		"Previously at {company}, where I helped launch several new products.",
		"Fluent in English and Mandarin.",
	},
	opsSentences: []string{
		"Experienced in {area} with a deep understanding of {kpi}.",
		"Strong {skill}; daily user of {tool}.",
		"Comfortable owning {duty} end to end and reviewing results with {method}.",
	},

	others: []occupation{
		{"Backend Software Engineer", []string{
			"Built and maintained backend services handling {big}k requests per day; cut p99 latency by {pct}.",
			"Migrated the order database to a sharded cluster without downtime.",
			"Wrote design documents and reviewed code for a team of {n} engineers.",
			"Set up tracing and alerting, halving the time to find production issues.",
		}, []string{
			"{n}+ years of professional experience with Go, Java or Python.",
			"Experience running PostgreSQL and Kafka in production.",
		}, []string{"Go", "Java", "PostgreSQL", "Kafka", "Kubernetes", "Linux"}},
		{"Registered Nurse", []string{
			"Provided patient care on a {n}-bed medical-surgical unit; administered medications and charted care.",
			"Educated patients and families on discharge plans and follow-up visits.",
			"Precepted {n} new graduate nurses during their first months.",
		}, []string{
			"Current RN license and BLS certification.",
			"{n}+ years of acute care experience.",
		}, []string{"IV therapy", "BLS", "Patient education", "Epic charting"}},
		{"Staff Accountant", []string{
			"Closed the books each month, prepared financial statements and supported the annual audit.",
			"Reconciled {n} bank accounts and cleared aged items.",
			"Prepared sales tax filings for {n} states.",
		}, []string{
			"CPA or progress toward CPA; solid knowledge of GAAP.",
			"Advanced Excel and experience with NetSuite or QuickBooks.",
		}, []string{"QuickBooks", "NetSuite", "GAAP", "Reconciliations"}},
		{"Mechanical Design Engineer", []string{
			"Designed fixtures for the assembly line, reducing unit cost by {pct}.",
			"Produced 3D models and drawings for {n} custom machines.",
			"Supported prototype builds and on-site commissioning.",
		}, []string{
			"Proficiency in SolidWorks and GD&T.",
			"{n}+ years designing automation equipment.",
		}, []string{"SolidWorks", "GD&T", "Sheet metal", "FEA"}},
		{"Primary School Teacher", []string{
			"Taught {n} classes of reading and writing; my classes ranked near the top of the grade.",
			"Ran the school book fair and a weekly reading club.",
			"Met parents each term to review progress and plans.",
		}, []string{
			"Teaching license for grades K-6.",
			"Patience, warmth and a sense of humor.",
		}, []string{"Lesson planning", "Classroom management", "Phonics"}},
		{"Truck Driver", []string{
			"Drove regional routes of about {big} miles a week with a spotless safety record.",
			"Completed pre-trip and post-trip inspections and kept logs current.",
			"Loaded and secured freight for {n} customers a day.",
		}, []string{
			"Clean driving record and a valid commercial license.",
			"Able to lift 50 pounds.",
		}, []string{"CDL Class A", "Hazmat endorsement", "ELD logs"}},
	},

	companies: []string{
		"Northwind Labs", "Bluefin Commerce", "Maple & Stone", "Brightpath Learning", "Harbor Health",
		"Tidewater Travel", "Copperleaf Games", "Juniper Foods", "Atlas Freight", "Kestrel Software",
	},
	cities:     []string{"Singapore", "London", "Toronto", "Austin", "Berlin", "Sydney", "Seattle", "Dublin"},
	products:   []string{"the mobile app", "the online store", "the membership program", "the course platform", "the booking site"},
	industries: []string{"e-commerce", "education", "gaming", "travel", "SaaS", "health care", "retail", "fintech"},
	surnames:   []string{"Smith", "Chen", "Garcia", "Nguyen", "Patel", "Williams", "Kim", "Brown", "Lee", "Martin"},
	givenNames: []string{"Alex", "Jordan", "Priya", "Wei", "Maria", "Sam", "Hannah", "Omar", "Lucy", "Daniel"},
	universities: []string{
		"University of Toronto", "National University of Singapore", "University of Manchester", "UT Austin",
	},
	majors:   []string{"Marketing", "Communications", "Business Administration", "Economics", "English Literature"},
	channels: []string{"Instagram", "LinkedIn", "YouTube", "TikTok", "email newsletter", "Discord", "Reddit"},
	things:   []string{"sign-up flow", "checkout", "onboarding", "support tickets", "refund process", "search"},
}
